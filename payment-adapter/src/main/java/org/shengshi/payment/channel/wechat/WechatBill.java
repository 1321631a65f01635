package org.shengshi.payment.channel.wechat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;

/**
 * Parses a v3 trade bill of type ALL (交易账单). Layout: a header line of column names; one
 * line per payment ({@code 交易状态} {@code SUCCESS}) or refund ({@code REFUND}) whose every
 * field starts with a back-quote {@code `}; then the summary header ({@code 总交易单数,...})
 * and the summary line. Amounts are yuan with two decimals. Columns are found by name, so
 * their order does not matter. The summary's {@code 总交易单数} must equal the number of
 * detail lines, so a truncated file is refused.
 */
public final class WechatBill {

	static final String TIME = "交易时间";

	static final String TRANSACTION_ID = "微信订单号";

	static final String OUT_TRADE_NO = "商户订单号";

	static final String STATE = "交易状态";

	static final String ORDER_AMOUNT = "订单金额";

	static final String OUT_REFUND_NO = "商户退款单号";

	static final String REFUND_AMOUNT = "申请退款金额";

	private static final String SUMMARY_HEADER = "总交易单数";

	private WechatBill() {
	}

	public static Statement parse(String text, LocalDate date) {
		List<String> lines = text.lines().filter((line) -> !line.isBlank()).toList();
		if (lines.size() < 3) {
			throw new MalformedMessageException("bill has no header or summary");
		}
		Map<String, Integer> columns = columns(lines.get(0));
		List<StatementLine> entries = new ArrayList<>();
		int index = 1;
		while (index < lines.size() && !lines.get(index).startsWith(SUMMARY_HEADER)) {
			entries.add(line(fields(lines.get(index)), columns));
			index++;
		}
		if (index + 1 >= lines.size()) {
			throw new MalformedMessageException("bill summary missing");
		}
		String[] summary = fields(lines.get(index + 1));
		if (!summary[0].equals(Integer.toString(entries.size()))) {
			throw new MalformedMessageException(
					"bill summary counts " + summary[0] + " lines, file has " + entries.size());
		}
		return new Statement(ChannelId.WECHAT, date, entries);
	}

	private static Map<String, Integer> columns(String headerLine) {
		String[] names = headerLine.replace("\uFEFF", "").split(",", -1);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			columns.put(names[i].trim(), i);
		}
		for (String required : List.of(TIME, TRANSACTION_ID, OUT_TRADE_NO, STATE, ORDER_AMOUNT, OUT_REFUND_NO,
				REFUND_AMOUNT)) {
			if (!columns.containsKey(required)) {
				throw new MalformedMessageException("bill header lacks " + required);
			}
		}
		return columns;
	}

	/**
	 * Splits on {@code ,`} so a comma inside a field (a product name) does not shift
	 * columns.
	 */
	private static String[] fields(String line) {
		String body = line.startsWith("`") ? line.substring(1) : line;
		String[] fields = line.startsWith("`") ? body.split(",`", -1) : body.split(",", -1);
		return Arrays.stream(fields).map(String::trim).toArray(String[]::new);
	}

	private static StatementLine line(String[] fields, Map<String, Integer> columns) {
		String state = field(fields, columns, STATE);
		Instant time = ChannelTime.parse(field(fields, columns, TIME), ChannelTime.DASHED);
		String outTradeNo = field(fields, columns, OUT_TRADE_NO);
		String transactionId = field(fields, columns, TRANSACTION_ID);
		return switch (state) {
			case "SUCCESS" -> new StatementLine(StatementLine.Type.PAYMENT, outTradeNo, transactionId, null,
					Fen.parseYuan(field(fields, columns, ORDER_AMOUNT)), time);
			case "REFUND" -> new StatementLine(StatementLine.Type.REFUND, outTradeNo, transactionId,
					field(fields, columns, OUT_REFUND_NO), Fen.parseYuan(field(fields, columns, REFUND_AMOUNT)), time);
			default -> throw new MalformedMessageException("unexpected bill state " + state);
		};
	}

	private static String field(String[] fields, Map<String, Integer> columns, String name) {
		int index = columns.get(name);
		if (index >= fields.length || fields[index].isEmpty()) {
			throw new MalformedMessageException("bill line lacks " + name);
		}
		return fields[index];
	}

}
