package org.shengshi.payment.channel.alipay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;

/**
 * Parses the Alipay trade bill. The download is a ZIP (GBK names and content) holding a
 * {@code <pid>_<date>_业务明细.csv} and its {@code (汇总)} summary; only the detail is read.
 * Detail layout: {@code #} comment lines, a header of column names, one line per 交易 or 退款
 * (values may carry trailing tabs; refund amounts are negative), the
 * {@code #...业务明细列表结束...} marker and {@code #交易合计：N笔，退款合计：M笔}, which must match the lines
 * read.
 */
public final class AlipayBill {

	static final Charset GBK = Charset.forName("GBK");

	static final String TRADE_NO = "支付宝交易号";

	static final String OUT_TRADE_NO = "商户订单号";

	static final String TYPE = "业务类型";

	static final String FINISHED_AT = "完成时间";

	static final String AMOUNT = "订单金额（元）";

	static final String REQUEST_NO = "退款批次号/请求号";

	private static final Pattern TOTALS = Pattern.compile("#交易合计：(\\d+)笔，退款合计：(\\d+)笔");

	private static final int MAX_ENTRIES = 16;

	private static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

	private AlipayBill() {
	}

	public static Statement parseZip(byte[] zip, LocalDate date) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), GBK)) {
			ZipEntry entry = in.getNextEntry();
			for (int i = 0; entry != null && i < MAX_ENTRIES; i++) {
				if (entry.getName().endsWith("_业务明细.csv")) {
					byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
					if (bytes.length > MAX_ENTRY_BYTES) {
						throw new MalformedMessageException("bill entry too large");
					}
					return parseCsv(new String(bytes, GBK), date);
				}
				entry = in.getNextEntry();
			}
			throw new MalformedMessageException("bill ZIP has no 业务明细 file");
		}
		catch (IOException ex) {
			throw new MalformedMessageException("bill is not a readable ZIP", ex);
		}
	}

	public static Statement parseCsv(String text, LocalDate date) {
		List<StatementLine> lines = new ArrayList<>();
		Map<String, Integer> columns = null;
		int trades = 0;
		int refunds = 0;
		Matcher totals = null;
		for (String raw : text.lines().toList()) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				Matcher matcher = TOTALS.matcher(line);
				totals = matcher.find() ? matcher : totals;
				continue;
			}
			if (columns == null) {
				columns = columns(line);
				continue;
			}
			StatementLine entry = line(line.split(",", -1), columns);
			lines.add(entry);
			trades += entry.type() == StatementLine.Type.PAYMENT ? 1 : 0;
			refunds += entry.type() == StatementLine.Type.REFUND ? 1 : 0;
		}
		if (totals == null || Integer.parseInt(totals.group(1)) != trades
				|| Integer.parseInt(totals.group(2)) != refunds) {
			throw new MalformedMessageException("bill totals missing or not matching its lines");
		}
		return new Statement(ChannelId.ALIPAY, date, lines);
	}

	private static Map<String, Integer> columns(String header) {
		String[] names = header.replace("\uFEFF", "").split(",", -1);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			columns.put(names[i].strip(), i);
		}
		for (String required : List.of(TRADE_NO, OUT_TRADE_NO, TYPE, FINISHED_AT, AMOUNT, REQUEST_NO)) {
			if (!columns.containsKey(required)) {
				throw new MalformedMessageException("bill header lacks " + required);
			}
		}
		return columns;
	}

	private static StatementLine line(String[] fields, Map<String, Integer> columns) {
		String type = field(fields, columns, TYPE);
		Instant time = ChannelTime.parse(field(fields, columns, FINISHED_AT), ChannelTime.DASHED);
		String amount = field(fields, columns, AMOUNT);
		return switch (type) {
			case "交易" -> new StatementLine(StatementLine.Type.PAYMENT, field(fields, columns, OUT_TRADE_NO),
					field(fields, columns, TRADE_NO), null, Fen.parseYuan(amount), time);
			case "退款" -> new StatementLine(StatementLine.Type.REFUND, field(fields, columns, OUT_TRADE_NO),
					field(fields, columns, TRADE_NO), field(fields, columns, REQUEST_NO),
					Fen.parseYuan(amount.startsWith("-") ? amount.substring(1) : amount), time);
			default -> throw new MalformedMessageException("unexpected 业务类型 " + type);
		};
	}

	private static String field(String[] fields, Map<String, Integer> columns, String name) {
		int index = columns.get(name);
		String value = index < fields.length ? fields[index].strip() : "";
		if (value.isEmpty()) {
			throw new MalformedMessageException("bill line lacks " + name);
		}
		return value;
	}

}
