package org.shengshi.platform.problem;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the language of a problem: English when the caller prefers {@code en}, Chinese
 * (zh-CN) otherwise, whatever the server's own default locale is.
 */
public final class ProblemLanguage {

	private ProblemLanguage() {
	}

	public static boolean isEnglish(@Nullable Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/**
	 * Reads {@code Accept-Language}: the highest-weighted range that is English or
	 * Chinese decides; no header, a malformed header or neither language means Chinese.
	 */
	public static boolean prefersEnglish(HttpServletRequest request) {
		return prefersEnglish(request.getHeader("Accept-Language"));
	}

	static boolean prefersEnglish(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return false;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		for (Locale.LanguageRange range : ranges) {
			String tag = range.getRange().toLowerCase(Locale.ROOT);
			if (range.getWeight() <= 0) {
				continue;
			}
			if (tag.equals("en") || tag.startsWith("en-")) {
				return true;
			}
			if (tag.equals("zh") || tag.startsWith("zh-")) {
				return false;
			}
		}
		return false;
	}

}
