package org.shengshi.payment.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A channel's statement (对账单) for one day.
 *
 * @param channel the channel
 * @param date the statement (settlement) day
 * @param lines payments and refunds, in file order
 * @param from start of the period the statement covers (inclusive)
 * @param to end of that period (exclusive)
 */
public record Statement(ChannelId channel, LocalDate date, List<StatementLine> lines, Instant from, Instant to) {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	public Statement {
		lines = List.copyOf(lines);
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("a statement covers a non-empty period");
		}
	}

	/** A statement of the calendar day {@code date} in Beijing time (WeChat, Alipay). */
	public Statement(ChannelId channel, LocalDate date, List<StatementLine> lines) {
		this(channel, date, lines, date.atStartOfDay(SHANGHAI).toInstant(),
				date.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
	}

	/** Whether {@code instant} falls in the period this statement covers. */
	public boolean covers(Instant instant) {
		return instant != null && !instant.isBefore(this.from) && instant.isBefore(this.to);
	}

}
