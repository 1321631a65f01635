package org.shengshi.payment.channel;

import java.time.LocalDate;
import java.util.List;

/**
 * A channel's statement (对账单) for one day (Asia/Shanghai).
 *
 * @param channel the channel
 * @param date the statement day
 * @param lines payments and refunds, in file order
 */
public record Statement(ChannelId channel, LocalDate date, List<StatementLine> lines) {

	public Statement {
		lines = List.copyOf(lines);
	}

}
