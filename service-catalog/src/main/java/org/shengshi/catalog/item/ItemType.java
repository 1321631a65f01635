package org.shengshi.catalog.item;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of power or service an item is, with the two-letter type code that opens its
 * item code. Codes are stable: they are stored and appear in item codes.
 */
public enum ItemType {

	/** 行政许可. */
	ADMINISTRATIVE_LICENSING("XK", "行政许可"),
	/** 行政给付. */
	ADMINISTRATIVE_BENEFIT("JF", "行政给付"),
	/** 行政确认. */
	ADMINISTRATIVE_CONFIRMATION("QR", "行政确认"),
	/** 行政征收. */
	ADMINISTRATIVE_LEVY("ZS", "行政征收"),
	/** 行政裁决. */
	ADMINISTRATIVE_ADJUDICATION("CJ", "行政裁决"),
	/** 行政奖励. */
	ADMINISTRATIVE_REWARD("JL", "行政奖励"),
	/** 行政备案. */
	ADMINISTRATIVE_FILING("BA", "行政备案"),
	/** 其他行政权力. */
	OTHER_ADMINISTRATIVE_POWER("QT", "其他行政权力"),
	/** 公共服务. */
	PUBLIC_SERVICE("GG", "公共服务");

	private final String code;

	private final String label;

	ItemType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<ItemType> fromCode(String code) {
		return Arrays.stream(values()).filter((type) -> type.code.equals(code)).findFirst();
	}

}
