package org.shengshi.platform.common.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The Commons Logging factory of every Shengshi process, found by Commons Logging through
 * {@code META-INF/services/org.apache.commons.logging.LogFactory} before its own SLF4J
 * binding. Spring Framework 7 logs through Apache Commons Logging 1.3, whose SLF4J
 * binding turns every message object into a string before SLF4J checks the level, so each
 * of Spring's lazily formatted debug messages ({@code LogMessage.format(...)}) is
 * formatted on every call even with debug logging off (spring-framework issue 37266).
 * Spring Security's reactive matchers do this several times per request: 2.7 % of the
 * gateway's CPU at 500 requests/s (docs/performance.md). The {@link Log}s made here check
 * the level first and otherwise pass messages on exactly as that binding does, with the
 * same {@code COMMONS-LOGGING} marker and caller boundary.
 */
public final class LevelCheckingLogFactory extends LogFactory {

	private final Map<String, Log> logs = new ConcurrentHashMap<>();

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	@Override
	public Log getInstance(Class<?> type) {
		return getInstance(type.getName());
	}

	@Override
	public Log getInstance(String name) {
		return this.logs.computeIfAbsent(name, (key) -> LevelCheckingLog.of(LoggerFactory.getLogger(key)));
	}

	@Override
	public Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public String[] getAttributeNames() {
		return this.attributes.keySet().toArray(new String[0]);
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.remove(name);
	}

	@Override
	public void setAttribute(String name, Object value) {
		if (value == null) {
			this.attributes.remove(name);
		}
		else {
			this.attributes.put(name, value);
		}
	}

	/**
	 * Forgets the logs made and, as Commons Logging's own SLF4J binding does, stops the
	 * SLF4J backend if it can be stopped (Logback's context can), so a container
	 * releasing an application's class loader also releases its logging.
	 */
	@Override
	public void release() {
		this.logs.clear();
		ILoggerFactory backend = LoggerFactory.getILoggerFactory();
		try {
			backend.getClass().getMethod("stop").invoke(backend);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// a backend without a stop method has nothing to release
		}
	}

}
