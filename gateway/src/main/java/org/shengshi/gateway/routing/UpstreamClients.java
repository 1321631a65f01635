package org.shengshi.gateway.routing;

import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import org.jspecify.annotations.Nullable;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.AddressUtils;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;

/**
 * The HTTP clients the gateway calls its services with: one per route and per Netty event
 * loop of the gateway's server.
 * <p>
 * A request is read by one of the server's event loops. Its call to the service goes out
 * on a connection of that same loop, whose answer that loop reads and writes back to the
 * client, so a proxied request is never handed from one thread to another. With one
 * shared pool, the idle connection a request took usually belonged to another loop, which
 * had to be woken to write the call and again to read the answer and hand it back: about
 * seven context switches per request at 500 requests/s (docs/performance.md, session 15).
 * Reactor Netty keys its connection pools by the client's loop resources, so each loop's
 * client has its own pool of connections, all on that loop.
 * <p>
 * A route's response timeout ({@link #RESPONSE_TIMEOUT} in its metadata) is Netty's read
 * timeout on the connection: the longest the service may stay silent after the call was
 * sent, before its first byte and between any two while it answers. It is a timer of the
 * same loop; Spring Cloud Gateway's own response timeout, a Reactor {@code timeout}, woke
 * a thread of {@code Schedulers.parallel()} for nearly every request and is switched off
 * on every route ({@link RouteMetadataUtils#RESPONSE_TIMEOUT_ATTR} {@code -1}). A request
 * handled off the server's loops (a test's mock exchange) uses the shared client.
 */
public final class UpstreamClients {

	/** Route metadata: the route's response timeout in milliseconds. */
	public static final String RESPONSE_TIMEOUT = "shengshi-response-timeout";

	private final HttpClient shared;

	private final ConcurrentMap<EventLoop, ConcurrentMap<String, HttpClient>> byLoop = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, HttpClient> offLoop = new ConcurrentHashMap<>();

	public UpstreamClients(HttpClient shared) {
		this.shared = shared;
	}

	/**
	 * The client for a request on a route: on the event loop that read the request, with
	 * the route's connect and response timeouts. Routes are fixed at start-up, so a
	 * route's client is built once per loop.
	 * @param route the request's route
	 * @param request the client's request
	 * @return the client to call the route's service with
	 */
	public HttpClient forRoute(Route route, ServerHttpRequest request) {
		EventLoop loop = eventLoopOf(request);
		ConcurrentMap<String, HttpClient> clients = (loop != null) ? clientsOn(loop) : this.offLoop;
		HttpClient client = clients.get(route.getId());
		return (client != null) ? client : clients.computeIfAbsent(route.getId(), (id) -> build(loop, route));
	}

	private ConcurrentMap<String, HttpClient> clientsOn(EventLoop loop) {
		ConcurrentMap<String, HttpClient> clients = this.byLoop.get(loop);
		return (clients != null) ? clients : this.byLoop.computeIfAbsent(loop, (key) -> new ConcurrentHashMap<>());
	}

	private HttpClient build(@Nullable EventLoop loop, Route route) {
		HttpClient client = (loop != null) ? this.shared.runOn(loop) : this.shared;
		client = toService(client, route.getUri());
		Long connectTimeout = millis(route, RouteMetadataUtils.CONNECT_TIMEOUT_ATTR);
		if (connectTimeout != null) {
			client = client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout));
		}
		Long responseTimeout = millis(route, RESPONSE_TIMEOUT);
		return (responseTimeout != null) ? client.responseTimeout(Duration.ofMillis(responseTimeout)) : client;
	}

	/**
	 * The client bound to the service's address, so that a call names only the path and
	 * query ({@link #pathAndQuery}): Reactor Netty then neither parses a URI nor matches
	 * a URL pattern for every request. The Host header is the service's address and port,
	 * as it was with a full URL; {@code https} services get TLS and {@code http} ones
	 * none.
	 */
	static HttpClient toService(HttpClient client, URI service) {
		boolean secure = "https".equalsIgnoreCase(service.getScheme());
		String host = service.getHost();
		if (host == null) {
			throw new IllegalArgumentException("A service address needs a host: " + service);
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		int port = (service.getPort() != -1) ? service.getPort() : (secure ? 443 : 80);
		SocketAddress address = AddressUtils.createUnresolved(host, port);
		HttpClient bound = client.remoteAddress(() -> address);
		if (!secure) {
			return bound.noSSL();
		}
		return bound.configuration().isSecure() ? bound : bound.secure();
	}

	/**
	 * The request's path and query as the client sent them (after any route filter
	 * changed the path), which the service is called with.
	 */
	public static String pathAndQuery(ServerHttpRequest request) {
		URI uri = request.getURI();
		String path = uri.getRawPath();
		String query = uri.getRawQuery();
		if (path == null || path.isEmpty()) {
			path = "/";
		}
		return (query != null) ? path + '?' + query : path;
	}

	private static @Nullable Long millis(Route route, String key) {
		Object value = route.getMetadata().get(key);
		if (value == null) {
			return null;
		}
		long millis = (value instanceof Number number) ? number.longValue() : Long.parseLong(value.toString());
		return (millis > 0) ? millis : null;
	}

	/**
	 * The event loop of the server connection a request came on, or {@code null} when the
	 * request did not come through Reactor Netty.
	 */
	static @Nullable EventLoop eventLoopOf(ServerHttpRequest request) {
		Object nativeRequest;
		try {
			nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
		}
		catch (IllegalArgumentException | IllegalStateException notAServerRequest) {
			return null;
		}
		return (nativeRequest instanceof Connection connection) ? connection.channel().eventLoop() : null;
	}

}
