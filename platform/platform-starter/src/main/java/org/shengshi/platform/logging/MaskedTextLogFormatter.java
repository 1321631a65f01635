package org.shengshi.platform.logging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * Human-readable log lines for local work ({@code SHENGSHI_LOG_FORMAT=text}), masked like
 * the JSON format:
 * {@code 2025-01-01T08:00:00.000+08:00  INFO [case-service,<requestId>,<traceId>,<spanId>] [main] logger : message}.
 */
public class MaskedTextLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private final String service;

	private final ThrowableProxyConverter throwableProxyConverter;

	private final ZoneId zone = ZoneId.systemDefault();

	public MaskedTextLogFormatter(Environment environment, ThrowableProxyConverter throwableProxyConverter) {
		this.service = environment.getProperty("spring.application.name", "");
		this.throwableProxyConverter = throwableProxyConverter;
	}

	@Override
	public String format(ILoggingEvent event) {
		StringBuilder line = new StringBuilder(160);
		line.append(TIMESTAMP.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(this.zone)));
		line.append(String.format(" %5s ", event.getLevel()));
		line.append('[')
			.append(this.service)
			.append(',')
			.append(orEmpty(JsonLogFormatter.mdc(event, "requestId")))
			.append(',')
			.append(orEmpty(JsonLogFormatter.mdc(event, "traceId")))
			.append(',')
			.append(orEmpty(JsonLogFormatter.mdc(event, "spanId")))
			.append("] [")
			.append(event.getThreadName())
			.append("] ")
			.append(event.getLoggerName())
			.append(" : ")
			.append(LogMasker.mask(event.getFormattedMessage()))
			.append(System.lineSeparator());
		String stackTrace = JsonLogFormatter.stackTrace(event, this.throwableProxyConverter);
		if (stackTrace != null) {
			line.append(stackTrace);
		}
		return line.toString();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
