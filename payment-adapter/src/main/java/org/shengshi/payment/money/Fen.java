package org.shengshi.payment.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A non-negative amount of money in fen (分). Channels that speak yuan (Alipay
 * {@code total_amount}, WeChat bills) convert through {@link #parseYuan(String)} and
 * {@link #toYuan()}, which are exact.
 */
public record Fen(long value) implements Comparable<Fen> {

	/** Yuan with at most two decimals, no sign, no exponent, no grouping. */
	private static final Pattern YUAN = Pattern.compile("(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");

	public static final Fen ZERO = new Fen(0);

	public Fen {
		if (value < 0) {
			throw new IllegalArgumentException("amount must not be negative: " + value);
		}
	}

	public static Fen of(long fen) {
		return new Fen(fen);
	}

	/**
	 * Parses a yuan amount such as {@code "12.30"}, {@code "0.01"} or {@code "5"}
	 * exactly.
	 * @throws IllegalArgumentException for a negative, over-precise or malformed amount
	 */
	public static Fen parseYuan(String yuan) {
		if (yuan == null || !YUAN.matcher(yuan).matches()) {
			throw new IllegalArgumentException("not a yuan amount with at most 2 decimals: " + yuan);
		}
		return new Fen(new BigDecimal(yuan).movePointRight(2).longValueExact());
	}

	/**
	 * Parses a decimal count of fen such as UnionPay's {@code txnAmt} ("000000001234" or
	 * "1234").
	 */
	public static Fen parseFen(String fen) {
		if (fen == null || !fen.matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("not a fen amount: " + fen);
		}
		return new Fen(Long.parseLong(fen));
	}

	/** The amount in yuan with exactly two decimals, e.g. {@code "0.01"}. */
	public String toYuan() {
		return BigDecimal.valueOf(this.value, 2).toPlainString();
	}

	public Fen plus(Fen other) {
		return new Fen(Math.addExact(this.value, other.value));
	}

	/**
	 * @throws IllegalArgumentException when the result would be negative
	 */
	public Fen minus(Fen other) {
		return new Fen(Math.subtractExact(this.value, other.value));
	}

	public boolean isZero() {
		return this.value == 0;
	}

	public boolean exceeds(Fen other) {
		return this.value > other.value;
	}

	@Override
	public int compareTo(Fen other) {
		return Long.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " fen";
	}

}
