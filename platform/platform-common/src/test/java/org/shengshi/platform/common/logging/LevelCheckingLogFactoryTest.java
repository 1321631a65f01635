package org.shengshi.platform.common.logging;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class LevelCheckingLogFactoryTest {

	private static final String NAME = "org.shengshi.test.commons";

	private final ListAppender<ILoggingEvent> events = new CallerRecordingAppender();

	private Logger backend;

	@BeforeEach
	void listen() {
		this.backend = (Logger) LoggerFactory.getLogger(NAME);
		this.backend.setLevel(Level.INFO);
		this.backend.setAdditive(false);
		this.events.start();
		this.backend.addAppender(this.events);
	}

	@AfterEach
	void stopListening() {
		this.backend.detachAppender(this.events);
		this.backend.setLevel(null);
		this.backend.setAdditive(true);
	}

	@Test
	void commonsLoggingFindsThisFactoryBeforeItsOwnSlf4jBinding() {
		assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
		assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckingLog.class).isSameAs(LogFactory.getLog(NAME));
	}

	@Test
	void aMessageAtADisabledLevelIsNeverTurnedIntoText() {
		Log log = LogFactory.getLog(NAME);
		CountingMessage message = new CountingMessage("built");
		log.trace(message);
		log.debug(message);
		log.debug(message, new IllegalStateException("ignored"));
		assertThat(message.renderings.get()).isZero();
		assertThat(this.events.list).isEmpty();
		assertThat(log.isDebugEnabled()).isFalse();
		assertThat(log.isInfoEnabled()).isTrue();
	}

	@Test
	void aMessageAtAnEnabledLevelIsRenderedOnceAndPassedOnWithMarkerCauseAndCaller() {
		Log log = LogFactory.getLog(NAME);
		CountingMessage message = new CountingMessage("shown");
		IllegalStateException cause = new IllegalStateException("why");
		log.warn(message, cause);
		assertThat(message.renderings.get()).isEqualTo(1);
		assertThat(this.events.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo("shown");
			assertThat(event.getMarkerList()).containsExactly(LevelCheckingLog.MARKER);
			assertThat(event.getThrowableProxy().getMessage()).isEqualTo("why");
			assertThat(event.getCallerData()[0].getClassName()).isEqualTo(getClass().getName());
		});
	}

	@Test
	void levelsMapAsInCommonsLoggingsOwnBinding() {
		Log log = LogFactory.getLog(NAME);
		this.backend.setLevel(Level.TRACE);
		log.trace("t");
		log.debug("d");
		log.info("i");
		log.warn("w");
		log.error("e");
		log.fatal("f");
		assertThat(this.events.list).extracting(ILoggingEvent::getLevel)
			.containsExactly(Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR, Level.ERROR);
		assertThat(this.events.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("t", "d", "i", "w", "e", "f");
		this.backend.setLevel(Level.OFF);
		assertThat(log.isFatalEnabled()).isFalse();
		log.fatal(new CountingMessage("not shown"));
		assertThat(this.events.list).hasSize(6);
	}

	@Test
	void aNullMessageIsLoggedAsNullText() {
		LogFactory.getLog(NAME).info(null);
		assertThat(this.events.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).isEqualTo("null");
	}

	@Test
	void attributesAreKeptPerFactory() {
		LevelCheckingLogFactory factory = new LevelCheckingLogFactory();
		factory.setAttribute("a", 1);
		factory.setAttribute("b", 2);
		factory.setAttribute("b", null);
		assertThat(factory.getAttribute("a")).isEqualTo(1);
		assertThat(factory.getAttributeNames()).containsExactly("a");
		factory.removeAttribute("a");
		assertThat(factory.getAttributeNames()).isEmpty();
	}

	/**
	 * Records the caller while the event is logged (Logback works it out from the stack
	 * only when asked).
	 */
	private static final class CallerRecordingAppender extends ListAppender<ILoggingEvent> {

		@Override
		protected void append(ILoggingEvent event) {
			event.getCallerData();
			super.append(event);
		}

	}

	/** A message object that counts how often it is turned into text. */
	private static final class CountingMessage {

		private final String text;

		private final AtomicInteger renderings = new AtomicInteger();

		CountingMessage(String text) {
			this.text = text;
		}

		@Override
		public String toString() {
			this.renderings.incrementAndGet();
			return this.text;
		}

	}

}
