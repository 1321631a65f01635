package org.shengshi.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * The request id of an exchange: the caller's {@code X-Request-Id} when it is safe to
 * echo and log ({@code [A-Za-z0-9._-]{1,64}}), a new random one otherwise.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestIds() {
	}

	/**
	 * The id given to this exchange by {@link RequestIdFilter}; a fresh id when the
	 * filter has not run (an error raised before it).
	 */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = newId();
			exchange.getAttributes().put(ATTRIBUTE, id);
		}
		return id;
	}

	static String acceptOrCreate(String candidate) {
		return (candidate != null && ACCEPTED.matcher(candidate).matches()) ? candidate : newId();
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

}
