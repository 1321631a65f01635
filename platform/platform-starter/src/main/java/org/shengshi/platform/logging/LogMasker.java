package org.shengshi.platform.logging;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.shengshi.platform.pii.Masking;

/**
 * Masks personal data found in free text: 18-character resident ID numbers (17 digits and
 * a digit or X) and mainland mobile numbers ({@code 1[3-9]} and 9 digits, optionally with
 * {@code +86}/{@code 86}). Digits that are part of a longer number are left alone. Errs
 * on the side of masking: an 18-digit order number is masked too.
 */
public final class LogMasker {

	private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(\\+?86[- ]?)?(1[3-9]\\d{9})(?!\\d)");

	private LogMasker() {
	}

	public static @Nullable String mask(@Nullable String text) {
		if (text == null || !mayContainPersonalData(text)) {
			return text;
		}
		String masked = replace(ID_NUMBER.matcher(text), 0, Masking::idNumber);
		return replace(MOBILE.matcher(masked), 2, Masking::phone);
	}

	private static String replace(Matcher matcher, int group, UnaryOperator<String> mask) {
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String prefix = (group == 0 || matcher.group(1) == null) ? "" : matcher.group(1);
			String value = matcher.group(group);
			matcher.appendReplacement(out, Matcher.quoteReplacement(prefix + mask.apply(value)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * Cheap pre-check: both patterns need at least 11 consecutive digits.
	 */
	private static boolean mayContainPersonalData(String text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			run = Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 ? run + 1 : 0;
			if (run >= 11) {
				return true;
			}
		}
		return false;
	}

}
