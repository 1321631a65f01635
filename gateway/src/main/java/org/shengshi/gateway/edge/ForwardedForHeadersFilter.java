package org.shengshi.gateway.edge;

import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a service is told of the client: {@code X-Forwarded-For} with the one address
 * {@link ClientAddresses} found, and no other {@code X-Forwarded-*} or {@code Forwarded}
 * header, so nothing a client wrote there reaches a service. Replaces Spring Cloud
 * Gateway's own forwarded-header filters (turned off in {@code application.yml}): without
 * trusted proxies they sent no {@code X-Forwarded-For} at all, so the services saw every
 * client as the gateway.
 */
@Component
class ForwardedForHeadersFilter implements HttpHeadersFilter, Ordered {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final ClientAddresses clients;

	ForwardedForHeadersFilter(ClientAddresses clients) {
		this.clients = clients;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders output = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!isForwarding(name)) {
				output.addAll(name, values);
			}
		});
		String client = this.clients.of(exchange);
		if (!ClientAddresses.UNKNOWN.equals(client)) {
			output.set(FORWARDED_FOR, client);
		}
		return output;
	}

	private static boolean isForwarding(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("x-forwarded-") || lower.equals("forwarded");
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
