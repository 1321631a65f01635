package org.shengshi.gateway.problem;

import java.util.Locale;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Chooses the language of a problem from {@code Accept-Language}: English when the caller
 * prefers any English over Chinese, Chinese (zh-CN) otherwise, including for a malformed
 * header.
 */
final class Languages {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private Languages() {
	}

	static Locale of(ServerHttpRequest request) {
		String header = request.getHeaders().getFirst("Accept-Language");
		if (header == null || header.isBlank()) {
			return CHINESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String primary = range.getRange().split("-", 2)[0];
				if (range.getWeight() > 0 && "en".equals(primary)) {
					return Locale.ENGLISH;
				}
				if (range.getWeight() > 0 && ("zh".equals(primary) || "*".equals(primary))) {
					return CHINESE;
				}
			}
			return CHINESE;
		}
		catch (IllegalArgumentException ex) {
			return CHINESE;
		}
	}

}
