package org.shengshi.payment.channel.unionpay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;

/**
 * The merchant settlement files (对账文件) that {@code fileTransReq} (txnType 76) delivers:
 * {@code fileContent} is Base64 of the zlib-deflated ZIP; the ZIP holds, among others,
 * the general transaction detail file {@code INN<yyMMdd>88ZM_<merId>} (ZM, GBK,
 * fixed-width fields separated by one space, one transaction per line, lengths as in the
 * file interface specification §6.1). Read fields: 交易传输时间 (MMddHHmmss, Beijing time; the
 * year is the one closest to the settlement day), 交易金额 (fen), 查询流水号, 商户订单号, 交易类型 (01
 * consumption, 04 refund: its 商户订单号 is our refund number), 商户代码 (must be ours).
 * UnionPay's settlement day D runs from 23:00 on D-1 to 23:00 on D (Beijing time), which
 * is the period the statement covers.
 */
public final class UnionPayFile {

	/** ZM field lengths in bytes, in file order. */
	static final int[] ZM_LENGTHS = { 3, 11, 11, 6, 10, 19, 12, 4, 2, 21, 2, 32, 2, 6, 10, 13, 13, 4, 15, 2, 2, 6, 2, 4,
			32, 1, 21, 15, 1, 15, 32, 13, 13, 8, 32, 13, 13, 12, 2, 1, 32, 98 };

	static final int TXN_TIME = 4;

	static final int TXN_AMT = 6;

	static final int QUERY_ID = 9;

	static final int ORDER_ID = 11;

	static final int TXN_TYPE = 19;

	static final int ORIG_QUERY_ID = 26;

	static final int MER_ID = 27;

	static final Charset GBK = Charset.forName("GBK");

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int MAX_BYTES = 64 * 1024 * 1024;

	private static final int MAX_ENTRIES = 32;

	private UnionPayFile() {
	}

	/** The settlement day's period: 23:00 the day before to 23:00 (Beijing time). */
	private static Instant[] period(LocalDate settleDate) {
		Instant to = settleDate.atTime(23, 0).atZone(SHANGHAI).toInstant();
		return new Instant[] { to.minus(1, ChronoUnit.DAYS), to };
	}

	public static Statement parse(String fileContent, LocalDate date, String merId) {
		byte[] zm = zmEntry(inflate(fileContent));
		List<StatementLine> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= zm.length; i++) {
			if (i == zm.length || zm[i] == '\n') {
				int end = (i > start && zm[i - 1] == '\r') ? i - 1 : i;
				if (end > start) {
					lines.add(line(Arrays.copyOfRange(zm, start, end), date, merId));
				}
				start = i + 1;
			}
		}
		Instant[] period = period(date);
		return new Statement(ChannelId.UNIONPAY, date, lines, period[0], period[1]);
	}

	private static StatementLine line(byte[] record, LocalDate date, String merId) {
		String[] f = fields(record);
		if (!merId.equals(f[MER_ID])) {
			throw new MalformedMessageException("settlement line of another merchant");
		}
		Fen amount = Fen.parseFen(digits(f[TXN_AMT], "交易金额"));
		Instant time = time(digits(f[TXN_TIME], "交易传输时间"), date);
		String queryId = required(f[QUERY_ID], "查询流水号");
		String orderId = required(f[ORDER_ID], "商户订单号");
		return switch (f[TXN_TYPE]) {
			case "01" -> new StatementLine(StatementLine.Type.PAYMENT, orderId, queryId, null, amount, time);
			case "04" -> new StatementLine(StatementLine.Type.REFUND, null, queryId, orderId, amount, time);
			default -> throw new MalformedMessageException("unexpected 交易类型 " + f[TXN_TYPE]);
		};
	}

	/**
	 * Cuts a record into its fields (trimmed); the trailing reserved field may be short.
	 */
	static String[] fields(byte[] record) {
		String[] fields = new String[ZM_LENGTHS.length];
		int offset = 0;
		for (int i = 0; i < ZM_LENGTHS.length; i++) {
			int end = Math.min(offset + ZM_LENGTHS[i], record.length);
			if (i <= MER_ID && end < offset + ZM_LENGTHS[i]) {
				throw new MalformedMessageException("settlement line too short (" + record.length + " bytes)");
			}
			fields[i] = (end > offset) ? new String(record, offset, end - offset, GBK).strip() : "";
			offset = end + 1;
		}
		return fields;
	}

	/** MMddHHmmss with the year closest to the settlement day. */
	private static Instant time(String mmddhhmmss, LocalDate settleDate) {
		if (mmddhhmmss.length() != 10) {
			throw new MalformedMessageException("交易传输时间 is not MMddHHmmss");
		}
		try {
			MonthDay monthDay = MonthDay.of(Integer.parseInt(mmddhhmmss.substring(0, 2)),
					Integer.parseInt(mmddhhmmss.substring(2, 4)));
			LocalDate best = null;
			for (int year = settleDate.getYear() - 1; year <= settleDate.getYear() + 1; year++) {
				if (!monthDay.isValidYear(year)) {
					continue;
				}
				LocalDate candidate = monthDay.atYear(year);
				if (best == null || Math.abs(ChronoUnit.DAYS.between(candidate, settleDate)) < Math
					.abs(ChronoUnit.DAYS.between(best, settleDate))) {
					best = candidate;
				}
			}
			LocalDateTime at = best.atTime(Integer.parseInt(mmddhhmmss.substring(4, 6)),
					Integer.parseInt(mmddhhmmss.substring(6, 8)), Integer.parseInt(mmddhhmmss.substring(8, 10)));
			return at.atZone(SHANGHAI).toInstant();
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new MalformedMessageException("交易传输时间 is not a time", ex);
		}
	}

	private static String digits(String value, String name) {
		if (value.isEmpty() || !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new MalformedMessageException(name + " is not digits");
		}
		return value;
	}

	private static String required(String value, String name) {
		if (value.isEmpty()) {
			throw new MalformedMessageException("settlement line lacks " + name);
		}
		return value;
	}

	private static byte[] zmEntry(byte[] zip) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), GBK)) {
			ZipEntry entry = in.getNextEntry();
			for (int i = 0; entry != null && i < MAX_ENTRIES; i++) {
				String name = entry.getName();
				if (name.substring(name.lastIndexOf('/') + 1).startsWith("INN") && name.contains("ZM_")) {
					return limited(in);
				}
				entry = in.getNextEntry();
			}
			throw new MalformedMessageException("settlement ZIP has no ZM file");
		}
		catch (IOException ex) {
			throw new MalformedMessageException("settlement file is not a readable ZIP", ex);
		}
	}

	private static byte[] inflate(String base64) {
		try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
			return limited(in);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new MalformedMessageException("fileContent is not Base64 of deflated data", ex);
		}
	}

	private static byte[] limited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new MalformedMessageException("settlement file too large");
		}
		return bytes;
	}

}
