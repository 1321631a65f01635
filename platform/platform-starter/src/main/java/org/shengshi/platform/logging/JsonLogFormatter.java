package org.shengshi.platform.logging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * One JSON object per log event: {@code timestamp}, {@code level}, {@code service},
 * {@code logger}, {@code thread}, {@code message}, {@code requestId}, {@code traceId},
 * {@code spanId}, other MDC entries, and {@code exceptionType}/{@code exceptionMessage}/
 * {@code stackTrace} when an exception is logged. Message, MDC values, exception message
 * and stack trace pass through {@link LogMasker}.
 */
public class JsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

	private static final Set<String> NAMED_MDC_KEYS = Set.of("requestId", "traceId", "spanId");

	private final JsonWriter<ILoggingEvent> writer;

	public JsonLogFormatter(Environment environment, ThrowableProxyConverter throwableProxyConverter) {
		String service = environment.getProperty("spring.application.name");
		this.writer = JsonWriter.<ILoggingEvent>of((members) -> {
			members.add("timestamp", (event) -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
			members.add("level", (event) -> event.getLevel().toString());
			members.add("service", service).whenNotNull();
			members.add("logger", ILoggingEvent::getLoggerName);
			members.add("thread", ILoggingEvent::getThreadName);
			members.add("message", (event) -> LogMasker.mask(event.getFormattedMessage()));
			members.add("requestId", (event) -> mdc(event, "requestId")).whenNotNull();
			members.add("traceId", (event) -> mdc(event, "traceId")).whenNotNull();
			members.add("spanId", (event) -> mdc(event, "spanId")).whenNotNull();
			members.addMapEntries(JsonLogFormatter::otherMdc);
			members.add("exceptionType", JsonLogFormatter::exceptionType).whenNotNull();
			members.add("exceptionMessage", (event) -> exceptionMessage(event)).whenNotNull();
			members.add("stackTrace", (event) -> stackTrace(event, throwableProxyConverter)).whenNotNull();
		}).withNewLineAtEnd();
	}

	@Override
	public String format(ILoggingEvent event) {
		return this.writer.writeToString(event);
	}

	static @Nullable String mdc(ILoggingEvent event, String key) {
		Map<String, String> mdc = event.getMDCPropertyMap();
		return (mdc != null) ? mdc.get(key) : null;
	}

	private static Map<String, @Nullable String> otherMdc(ILoggingEvent event) {
		Map<String, @Nullable String> other = new LinkedHashMap<>();
		Map<String, String> mdc = event.getMDCPropertyMap();
		if (mdc != null) {
			mdc.forEach((key, value) -> {
				if (!NAMED_MDC_KEYS.contains(key)) {
					other.put(key, LogMasker.mask(value));
				}
			});
		}
		return other;
	}

	private static @Nullable String exceptionType(ILoggingEvent event) {
		IThrowableProxy proxy = event.getThrowableProxy();
		return (proxy != null) ? proxy.getClassName() : null;
	}

	private static @Nullable String exceptionMessage(ILoggingEvent event) {
		IThrowableProxy proxy = event.getThrowableProxy();
		return (proxy != null) ? LogMasker.mask(proxy.getMessage()) : null;
	}

	static @Nullable String stackTrace(ILoggingEvent event, ThrowableProxyConverter converter) {
		if (event.getThrowableProxy() == null) {
			return null;
		}
		return LogMasker.mask(converter.convert(event));
	}

}
