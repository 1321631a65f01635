package org.shengshi.platform.common.logging;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LocationAwareLogger;

/**
 * A Commons Logging {@link Log} over an SLF4J logger that turns the message object into
 * text only when the level is enabled. FATAL maps to ERROR, as in Commons Logging's own
 * binding.
 */
final class LevelCheckingLog implements Log {

	/** The marker Commons Logging's SLF4J binding puts on its events. */
	static final Marker MARKER = MarkerFactory.getMarker("COMMONS-LOGGING");

	/** Caller boundary: the first frame outside this class is the caller's. */
	private static final String FQCN = LevelCheckingLog.class.getName();

	private final Logger logger;

	private LevelCheckingLog(Logger logger) {
		this.logger = logger;
	}

	static Log of(Logger logger) {
		return new LevelCheckingLog(logger);
	}

	@Override
	public boolean isTraceEnabled() {
		return this.logger.isTraceEnabled(MARKER);
	}

	@Override
	public boolean isDebugEnabled() {
		return this.logger.isDebugEnabled(MARKER);
	}

	@Override
	public boolean isInfoEnabled() {
		return this.logger.isInfoEnabled(MARKER);
	}

	@Override
	public boolean isWarnEnabled() {
		return this.logger.isWarnEnabled(MARKER);
	}

	@Override
	public boolean isErrorEnabled() {
		return this.logger.isErrorEnabled(MARKER);
	}

	@Override
	public boolean isFatalEnabled() {
		return isErrorEnabled();
	}

	@Override
	public void trace(Object message) {
		trace(message, null);
	}

	@Override
	public void trace(Object message, Throwable failure) {
		if (isTraceEnabled()) {
			log(Level.TRACE, message, failure);
		}
	}

	@Override
	public void debug(Object message) {
		debug(message, null);
	}

	@Override
	public void debug(Object message, Throwable failure) {
		if (isDebugEnabled()) {
			log(Level.DEBUG, message, failure);
		}
	}

	@Override
	public void info(Object message) {
		info(message, null);
	}

	@Override
	public void info(Object message, Throwable failure) {
		if (isInfoEnabled()) {
			log(Level.INFO, message, failure);
		}
	}

	@Override
	public void warn(Object message) {
		warn(message, null);
	}

	@Override
	public void warn(Object message, Throwable failure) {
		if (isWarnEnabled()) {
			log(Level.WARN, message, failure);
		}
	}

	@Override
	public void error(Object message) {
		error(message, null);
	}

	@Override
	public void error(Object message, Throwable failure) {
		if (isErrorEnabled()) {
			log(Level.ERROR, message, failure);
		}
	}

	@Override
	public void fatal(Object message) {
		error(message, null);
	}

	@Override
	public void fatal(Object message, Throwable failure) {
		error(message, failure);
	}

	private void log(Level level, Object message, Throwable failure) {
		String text = String.valueOf(message);
		if (this.logger instanceof LocationAwareLogger located) {
			located.log(MARKER, FQCN, level.toInt(), text, null, failure);
		}
		else {
			this.logger.atLevel(level).addMarker(MARKER).setCause(failure).log(text);
		}
	}

}
