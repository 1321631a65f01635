package org.shengshi.platform.pii;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data for display: responses show masked values by default, logs never
 * show anything else. Null stays null.
 */
public final class Masking {

	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"长孙", "宇文", "司徒", "司空", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "太史", "申屠", "万俟", "闻人",
			"赫连", "钟离", "濮阳", "东郭", "公冶", "宗政", "仲孙", "单于");

	private static final String REST = "****";

	private Masking() {
	}

	/**
	 * {@code 440106199001011234} becomes {@code 440***********1234}: the first three and
	 * the last four characters stay.
	 */
	public static @Nullable String idNumber(@Nullable String value) {
		return keepEnds(value, 3, 4);
	}

	/**
	 * {@code 13812345678} becomes {@code 138****5678}.
	 */
	public static @Nullable String phone(@Nullable String value) {
		return keepEnds(value, 3, 4);
	}

	/**
	 * Keeps the surname: {@code 张三} becomes {@code 张*}, {@code 欧阳娜娜} becomes
	 * {@code 欧阳**}.
	 */
	public static @Nullable String name(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String name = value.strip();
		int length = name.codePointCount(0, name.length());
		if (length <= 1) {
			return "*".repeat(length);
		}
		int keep = (length > 2 && COMPOUND_SURNAMES.stream().anyMatch(name::startsWith)) ? 2 : 1;
		int keepChars = name.offsetByCodePoints(0, keep);
		return name.substring(0, keepChars) + "*".repeat(length - keep);
	}

	/**
	 * Keeps the address up to the district or county and hides the rest:
	 * {@code 广东省广州市天河区体育西路1号} becomes {@code 广东省广州市天河区****}. Without a district the
	 * address is kept up to the city, without a city only its first two characters are
	 * shown.
	 */
	public static @Nullable String address(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String address = value.strip();
		int end = districtEnd(address);
		if (end < 0) {
			int city = address.indexOf('市');
			end = (city >= 0) ? city + 1 : Math.min(2, address.length());
		}
		return (end >= address.length()) ? address : address.substring(0, end) + REST;
	}

	private static int districtEnd(String address) {
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			if ((c == '区' || c == '县' || c == '旗') && !isProvinceLevel(address, i)) {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * 自治区 and 特别行政区 are provinces, not districts.
	 */
	private static boolean isProvinceLevel(String address, int index) {
		return address.charAt(index) == '区' && index >= 2
				&& (address.startsWith("自治", index - 2) || address.startsWith("行政", index - 2));
	}

	private static @Nullable String keepEnds(@Nullable String value, int head, int tail) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		if (text.length() < head + tail + 1) {
			return "*".repeat(text.length());
		}
		return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
	}

}
