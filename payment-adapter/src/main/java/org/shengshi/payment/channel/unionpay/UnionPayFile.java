package org.shengshi.payment.channel.unionpay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.InflaterInputStream;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;

/**
 * The settlement file as our UnionPay adapter reads it: {@code fileContent} is Base64 of
 * zlib-deflated UTF-8 text (as UnionPay transports its files); the text is our simplified
 * flow layout, one transaction per line, fields separated by {@code |}:
 * {@code txnType|orderId|queryId|txnAmt(fen)|txnTime(yyyyMMddHHmmss)|origOrderId}, where
 * {@code txnType} is 01 (consumption) or 04 (refund, {@code orderId} is our refund number
 * and {@code origOrderId} the refunded order), and a last line {@code TOTAL|<count>}.
 * UnionPay's real fixed-width ACOMN file is not implemented.
 */
public final class UnionPayFile {

	private static final int MAX_BYTES = 64 * 1024 * 1024;

	private UnionPayFile() {
	}

	public static Statement parse(String fileContent, LocalDate date) {
		String text = inflate(fileContent);
		List<StatementLine> lines = new ArrayList<>();
		Integer total = null;
		for (String line : text.lines().filter((l) -> !l.isBlank()).toList()) {
			String[] f = line.strip().split("\\|", -1);
			if (f[0].equals("TOTAL") && f.length == 2) {
				total = Integer.valueOf(f[1]);
				continue;
			}
			if (f.length != 6) {
				throw new MalformedMessageException("settlement line has " + f.length + " fields");
			}
			lines.add(line(f));
		}
		if (total == null || total != lines.size()) {
			throw new MalformedMessageException("settlement file total missing or not matching");
		}
		return new Statement(ChannelId.UNIONPAY, date, lines);
	}

	private static StatementLine line(String[] f) {
		Fen amount = Fen.parseFen(f[3]);
		Instant time = ChannelTime.parse(f[4], ChannelTime.COMPACT);
		return switch (f[0]) {
			case "01" -> new StatementLine(StatementLine.Type.PAYMENT, f[1], f[2], null, amount, time);
			case "04" -> new StatementLine(StatementLine.Type.REFUND, f[5], f[2], f[1], amount, time);
			default -> throw new MalformedMessageException("unexpected txnType " + f[0]);
		};
	}

	private static String inflate(String base64) {
		try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new MalformedMessageException("settlement file too large");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new MalformedMessageException("fileContent is not Base64 deflated text", ex);
		}
	}

}
