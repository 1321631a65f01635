package org.shengshi.catalog.item;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The basic code (基本编码) of a service item in the style of GB/T 39554.1: two type letters
 * ({@link ItemType#code()}), a five-digit main item (主项, 00001–99999) and a three-digit
 * sub item (子项, 000 when the main item has no sub items, else 001–999). Canonical form
 * has no separators, e.g. {@code QR00101000}; {@link #parse} also accepts
 * {@code QR-00101-000} and lower case. See docs/adr/0020-catalog-item-code.md.
 */
public record ItemCode(ItemType type, int mainItem, int subItem) {

	private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-?(\\d{5})-?(\\d{3})");

	public ItemCode {
		if (type == null) {
			throw new IllegalArgumentException("item type is required");
		}
		if (mainItem < 1 || mainItem > 99_999) {
			throw new IllegalArgumentException("main item must be 00001..99999: " + mainItem);
		}
		if (subItem < 0 || subItem > 999) {
			throw new IllegalArgumentException("sub item must be 000..999: " + subItem);
		}
	}

	/** The code, or empty when {@code text} is not a valid item code. */
	public static Optional<ItemCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Optional<ItemType> type = ItemType.fromCode(matcher.group(1));
		int main = Integer.parseInt(matcher.group(2));
		if (type.isEmpty() || main == 0) {
			return Optional.empty();
		}
		return Optional.of(new ItemCode(type.get(), main, Integer.parseInt(matcher.group(3))));
	}

	/**
	 * Parses a code that must be valid; throws {@link IllegalArgumentException}
	 * otherwise.
	 */
	public static ItemCode of(String text) {
		return parse(text).orElseThrow(() -> new IllegalArgumentException("not an item code: " + text));
	}

	public static boolean isValid(String text) {
		return parse(text).isPresent();
	}

	/**
	 * Whether this code names a sub item (子项) rather than a main item without sub items.
	 */
	public boolean isSubItem() {
		return this.subItem != 0;
	}

	/**
	 * The code of the main item this sub item belongs to (itself when it is not a sub
	 * item).
	 */
	public ItemCode mainItemCode() {
		return new ItemCode(this.type, this.mainItem, 0);
	}

	@Override
	public String toString() {
		return "%s%05d%03d".formatted(this.type.code(), this.mainItem, this.subItem);
	}

}
