package org.shengshi.platform.security;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths every service serves without a token, plus the service's own.
 */
final class PublicPaths {

	static final List<String> DEFAULTS = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");

	private PublicPaths() {
	}

	static RequestMatcher[] matchers(List<String> extra) {
		return Stream.concat(DEFAULTS.stream(), extra.stream())
			.map(PublicPaths::matcher)
			.toArray(RequestMatcher[]::new);
	}

	/**
	 * {@code /path/**} or {@code GET /path/**}.
	 */
	static RequestMatcher matcher(String entry) {
		String trimmed = entry.trim();
		int space = trimmed.indexOf(' ');
		if (space < 0) {
			return check(trimmed, () -> PathPatternRequestMatcher.withDefaults().matcher(trimmed));
		}
		HttpMethod method = HttpMethod.valueOf(trimmed.substring(0, space).toUpperCase(Locale.ROOT));
		String path = trimmed.substring(space + 1).trim();
		return check(path, () -> PathPatternRequestMatcher.withDefaults().matcher(method, path));
	}

	private static RequestMatcher check(String path, Supplier<RequestMatcher> matcher) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("shengshi.security.public-paths entry '" + path + "' must start with /");
		}
		try {
			return matcher.get();
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("shengshi.security.public-paths entry '" + path
					+ "' is not a valid path pattern: " + ex.getMessage(), ex);
		}
	}

}
