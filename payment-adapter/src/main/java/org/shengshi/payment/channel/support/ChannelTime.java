package org.shengshi.payment.channel.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The time formats channels use; all of them are Beijing time (Asia/Shanghai).
 */
public final class ChannelTime {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Alipay {@code timestamp}, bills: {@code 2024-03-01 10:15:30}. */
	public static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** UnionPay {@code txnTime}: {@code 20240301101530}. */
	public static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private ChannelTime() {
	}

	/** WeChat's RFC 3339 with offset, e.g. {@code 2024-03-01T10:15:30+08:00}. */
	public static String rfc3339(Instant instant) {
		return OffsetDateTime.ofInstant(instant, SHANGHAI).withNano(0).toString();
	}

	public static Instant parseRfc3339(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new MalformedMessageException("not an RFC 3339 time: " + text, ex);
		}
	}

	public static String format(Instant instant, DateTimeFormatter pattern) {
		return pattern.format(LocalDateTime.ofInstant(instant, SHANGHAI));
	}

	public static Instant parse(String text, DateTimeFormatter pattern) {
		try {
			return LocalDateTime.parse(text, pattern).atZone(SHANGHAI).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new MalformedMessageException("not a channel time: " + text, ex);
		}
	}

}
