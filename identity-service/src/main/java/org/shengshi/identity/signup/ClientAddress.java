package org.shengshi.identity.signup;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client behind the request: the connection's peer, or, when the peer
 * is a trusted proxy (the gateway), the last {@code X-Forwarded-For} entry — the one that
 * proxy appended. Entries a client wrote itself come earlier and are ignored.
 */
final class ClientAddress {

	private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private ClientAddress() {
	}

	static String of(HttpServletRequest request, List<String> trustedProxies) {
		String peer = request.getRemoteAddr();
		if (!trustedProxies.contains(peer)) {
			return peer;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return peer;
		}
		String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
		return ADDRESS.matcher(last).matches() ? last : peer;
	}

}
