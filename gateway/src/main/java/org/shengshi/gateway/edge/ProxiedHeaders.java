package org.shengshi.gateway.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import org.shengshi.gateway.correlation.UpstreamCorrelation;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.support.Netty4HeadersAdapter;
import org.springframework.web.server.ServerWebExchange;

/**
 * The headers that cross the gateway, copied once in each direction.
 * <ul>
 * <li>Both ways: no hop-by-hop field (RFC 9110 §7.6.1: {@code Connection},
 * {@code Keep-Alive}, {@code Transfer-Encoding}, {@code TE}, {@code Trailer},
 * {@code Upgrade}, {@code Proxy-Authorization}, {@code Proxy-Authenticate}, and the
 * fields the {@code Connection} header names) and no {@code X-Application-Context}.</li>
 * <li>To a service: {@code X-Forwarded-For} with the one address {@link ClientAddresses}
 * found, and no other {@code X-Forwarded-*} or {@code Forwarded} header, so nothing a
 * client wrote there reaches a service (ADR 0035); the request id and trace context of
 * {@link UpstreamCorrelation}; no {@code Content-Length} beside a chunked
 * {@code Transfer-Encoding} (a request smuggled with both is not passed on as the client
 * framed it).</li>
 * </ul>
 * Spring Cloud Gateway's own header filters did the same in six filters, each copying
 * every header into a new case-insensitive map (about 8 % of the gateway's Java samples
 * per request, docs/performance.md session 15). {@link UpstreamCall} sends the request's
 * copy, a Netty header map, to the service as it is, and copies the answer's headers
 * straight from Netty to the response ({@link #copyAnswer}); {@link ProxyConfiguration}
 * gives the two filters to Spring Cloud Gateway's response writer for trailers.
 */
final class ProxiedHeaders implements HttpHeadersFilter {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final String[] HOP_BY_HOP = { "connection", "keep-alive", "transfer-encoding", "te", "trailer",
			"upgrade", "proxy-authorization", "proxy-authenticate", "x-application-context" };

	private static final String FORWARDED_PREFIX = "x-forwarded-";

	/** Names and values were checked when the request or answer was read. */
	private static final DefaultHttpHeadersFactory UNVALIDATED = DefaultHttpHeadersFactory.headersFactory()
		.withValidation(false);

	private final Type type;

	private final ClientAddresses clients;

	private ProxiedHeaders(Type type, ClientAddresses clients) {
		this.type = type;
		this.clients = clients;
	}

	static ProxiedHeaders toServices(ClientAddresses clients) {
		return new ProxiedHeaders(Type.REQUEST, clients);
	}

	static ProxiedHeaders toClients() {
		return new ProxiedHeaders(Type.RESPONSE, null);
	}

	@Override
	public boolean supports(Type type) {
		return type == this.type;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		return new HttpHeaders(new Netty4HeadersAdapter(copy(input, exchange)));
	}

	/** The copy {@link #filter} answers, as the Netty header map it is. */
	io.netty.handler.codec.http.HttpHeaders copy(HttpHeaders input, ServerWebExchange exchange) {
		boolean request = this.type == Type.REQUEST;
		List<String> connection = connectionTokens(input.getOrEmpty(HttpHeaders.CONNECTION));
		boolean chunked = request && isChunked(input.get(HttpHeaders.TRANSFER_ENCODING));
		io.netty.handler.codec.http.HttpHeaders output = UNVALIDATED.newHeaders();
		for (Map.Entry<String, List<String>> header : input.asMultiValueMap().entrySet()) {
			String name = header.getKey();
			if (passes(name, connection, request, chunked)) {
				// set, not add: a name met twice in different case is one header with all
				// its values
				output.set(name, header.getValue());
			}
		}
		if (request) {
			UpstreamCorrelation.write(exchange, output);
			String client = this.clients.of(exchange);
			if (!ClientAddresses.UNKNOWN.equals(client)) {
				output.set(FORWARDED_FOR, client);
			}
		}
		return output;
	}

	/**
	 * Adds a service's answer headers to the client's response, without the hop-by-hop
	 * ones, straight from the Netty headers they were read into.
	 */
	static void copyAnswer(io.netty.handler.codec.http.HttpHeaders answer, HttpHeaders response) {
		List<String> connection = connectionTokens(answer.getAll(HttpHeaders.CONNECTION));
		for (Map.Entry<String, String> header : answer) {
			if (passes(header.getKey(), connection, false, false)) {
				response.add(header.getKey(), header.getValue());
			}
		}
	}

	/**
	 * Takes back what {@link #copyAnswer} added to {@code response}: for each header it
	 * copied, the last equal value. What the gateway had set before (its CORS headers and
	 * {@code Vary}) stays, even under a name the service also used.
	 */
	static void removeAnswer(io.netty.handler.codec.http.HttpHeaders answer, HttpHeaders response) {
		List<String> connection = connectionTokens(answer.getAll(HttpHeaders.CONNECTION));
		for (Map.Entry<String, String> header : answer) {
			if (passes(header.getKey(), connection, false, false)) {
				List<String> values = new ArrayList<>(response.getOrEmpty(header.getKey()));
				int copied = values.lastIndexOf(header.getValue());
				if (copied >= 0) {
					values.remove(copied);
				}
				if (values.isEmpty()) {
					response.remove(header.getKey());
				}
				else {
					response.put(header.getKey(), values);
				}
			}
		}
	}

	/**
	 * The comma-separated names in all {@code Connection} values, trimmed; the same list
	 * for a request's headers and for an answer's.
	 */
	private static List<String> connectionTokens(List<String> values) {
		if (values.isEmpty()) {
			return values;
		}
		List<String> tokens = new ArrayList<>();
		for (String value : values) {
			for (String token : value.split(",")) {
				tokens.add(token.trim());
			}
		}
		return tokens;
	}

	private static boolean passes(String name, List<String> connection, boolean request, boolean chunked) {
		return !(isHopByHop(name) || isNamedIn(connection, name) || (request && isForwarding(name))
				|| (chunked && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)));
	}

	private static boolean isHopByHop(String name) {
		for (String hop : HOP_BY_HOP) {
			if (hop.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isForwarding(String name) {
		return name.regionMatches(true, 0, FORWARDED_PREFIX, 0, FORWARDED_PREFIX.length())
				|| "forwarded".equalsIgnoreCase(name);
	}

	private static boolean isNamedIn(List<String> connection, String name) {
		for (String token : connection) {
			if (token.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isChunked(List<String> transferEncodings) {
		if (transferEncodings == null) {
			return false;
		}
		for (String value : transferEncodings) {
			if (value.toLowerCase(Locale.ROOT).contains("chunked")) {
				return true;
			}
		}
		return false;
	}

}
