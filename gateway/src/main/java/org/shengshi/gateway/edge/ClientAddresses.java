package org.shengshi.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address of the client a request came from, the one the per-address rate limits and
 * the services ({@code X-Forwarded-For}) see. It is the connection's peer, unless the
 * peer is one of {@code shengshi.gateway.trusted-proxies} (the TLS terminator or load
 * balancer in front of the gateway): then it is the right-most {@code X-Forwarded-For}
 * entry that is not itself a trusted proxy, which is the address the first trusted proxy
 * saw. Entries a client wrote to the left of it are never believed; an entry that is not
 * an IP address leaves the peer's address.
 */
@Component
public class ClientAddresses {

	static final String ATTRIBUTE = ClientAddresses.class.getName() + ".address";

	static final String UNKNOWN = "unknown";

	private final Set<String> trustedProxies;

	ClientAddresses(@Value("${shengshi.gateway.trusted-proxies:}") List<String> trustedProxies) {
		this.trustedProxies = Set
			.copyOf(trustedProxies.stream().map(String::trim).filter((a) -> !a.isEmpty()).toList());
	}

	/** The client's address as text, {@code unknown} when the connection has none. */
	public String of(ServerWebExchange exchange) {
		String address = exchange.getAttribute(ATTRIBUTE);
		if (address == null) {
			address = find(exchange.getRequest());
			exchange.getAttributes().put(ATTRIBUTE, address);
		}
		return address;
	}

	private String find(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return UNKNOWN;
		}
		String peer = remote.getAddress().getHostAddress();
		if (!this.trustedProxies.contains(peer)) {
			return peer;
		}
		List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
		for (int i = forwarded.size() - 1; i >= 0; i--) {
			String entry = forwarded.get(i).trim();
			if (!this.trustedProxies.contains(entry)) {
				return isIpAddress(entry) ? entry : peer;
			}
		}
		return peer;
	}

	/**
	 * Whether {@code text} has the form of an IPv4 or IPv6 literal (hex digits, dots and
	 * colons, 2 to 45 characters, at least one dot or colon); nothing is looked up.
	 */
	static boolean isIpAddress(String text) {
		if (text.length() < 2 || text.length() > 45) {
			return false;
		}
		boolean separator = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			if (c == '.' || c == ':') {
				separator = true;
			}
			else if (!hex) {
				return false;
			}
		}
		return separator;
	}

}
