package org.shengshi.gateway.routing;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.gateway.problem.UpstreamFailures;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link UpstreamClients} between real Reactor Netty servers on loopback: a "gateway"
 * server with two event loops whose handler calls an upstream server through the clients.
 */
class UpstreamClientsTest {

	private static final int CALLERS = 8;

	private static final int CALLS_PER_CALLER = 25;

	private final LoopResources gatewayLoops = LoopResources.create("test-gateway", 2, true);

	private final UpstreamClients clients = new UpstreamClients(HttpClient.create());

	private DisposableServer upstream;

	private DisposableServer gateway;

	@BeforeEach
	void startUpstream() {
		this.upstream = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/fast", (request, response) -> response.sendString(Mono.just("ok")))
				.get("/silent",
						(request, response) -> response
							.sendString(Mono.delay(Duration.ofSeconds(2)).map((tick) -> "late")))
				.get("/echo/**",
						(request, response) -> response
							.sendString(Mono.just(request.requestHeaders().get("Host") + " " + request.uri())))
				.get("/trickle",
						(request, response) -> response.sendString(
								Flux.interval(Duration.ofMillis(100)).take(8).map((tick) -> "chunk" + tick + "\n"))))
			.bindNow();
	}

	@AfterEach
	void stopServers() {
		if (this.gateway != null) {
			this.gateway.disposeNow();
		}
		this.upstream.disposeNow();
		this.gatewayLoops.disposeLater().block(Duration.ofSeconds(10));
	}

	@Test
	void callsTheServiceOnAConnectionOfTheEventLoopThatReadTheRequest() {
		Route route = route(Duration.ofSeconds(5));
		Set<Thread> serverLoops = ConcurrentHashMap.newKeySet();
		this.gateway = startGateway((request, response) -> {
			Thread serverLoop = Thread.currentThread();
			serverLoops.add(serverLoop);
			return this.clients.forRoute(route, request)
				.get()
				.uri("/fast")
				.responseConnection((answer, connection) -> Mono
					.just(connection.channel().eventLoop().inEventLoop(serverLoop) ? "same loop" : "another loop"))
				.single()
				.flatMap((which) -> response.writeWith(Mono.just(response.bufferFactory().wrap(bytes(which)))));
		});

		List<String> answers = Flux.range(0, CALLERS)
			.flatMap((caller) -> callGateway(CALLS_PER_CALLER))
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(answers).hasSize(CALLERS * CALLS_PER_CALLER).containsOnly("same loop");
		assertThat(serverLoops).as("requests were read by both of the server's loops").hasSize(2);
	}

	@Test
	void aRequestOffTheServersLoopsUsesTheSharedClientWithTheRoutesTimeouts() {
		Route route = route(Duration.ofMillis(300));
		MockServerHttpRequest request = MockServerHttpRequest.get("/fast").build();

		assertThat(UpstreamClients.eventLoopOf(request)).isNull();
		HttpClient client = this.clients.forRoute(route, request);

		assertThat(client.configuration().responseTimeout()).isEqualTo(Duration.ofMillis(300));
		assertThat(client.get().uri("/fast").responseContent().aggregate().asString().block()).isEqualTo("ok");
		assertThat(this.clients.forRoute(route, request)).isSameAs(client);
	}

	@Test
	void failsAsATimeoutWhenTheServiceStaysSilentLongerThanTheRoutesResponseTimeout() {
		Route route = route(Duration.ofMillis(300));
		HttpClient client = this.clients.forRoute(route, MockServerHttpRequest.get("/").build());

		assertThatThrownBy(() -> client.get()
			.uri("/silent")
			.responseContent()
			.aggregate()
			.asString()
			.block(Duration.ofSeconds(10)))
			.satisfies((failure) -> assertThat(UpstreamFailures.isTimeout(failure)).as("%s is a timeout", failure)
				.isTrue());
	}

	@Test
	void doesNotCutAnAnswerThatKeepsComingLongerThanTheResponseTimeout() {
		Route route = route(Duration.ofMillis(300));
		HttpClient client = this.clients.forRoute(route, MockServerHttpRequest.get("/").build());

		String answer = client.get()
			.uri("/trickle")
			.responseContent()
			.aggregate()
			.asString()
			.block(Duration.ofSeconds(10));

		assertThat(answer).startsWith("chunk0\n").endsWith("chunk7\n");
	}

	@Test
	void callsTheRoutesServiceWithThePathAndQueryTheClientSentAndTheServicesHostHeader() {
		Route route = route(Duration.ofSeconds(5));
		MockServerHttpRequest request = MockServerHttpRequest
			.method(HttpMethod.GET,
					URI.create("http://gateway.example/echo/%E5%B1%85%E4%BD%8F%E8%AF%81%20x?q=a%26b&page=2"))
			.build();

		String answer = this.clients.forRoute(route, request)
			.get()
			.uri(UpstreamClients.pathAndQuery(request))
			.responseContent()
			.aggregate()
			.asString()
			.block(Duration.ofSeconds(10));

		assertThat(answer)
			.isEqualTo("127.0.0.1:" + this.upstream.port() + " /echo/%E5%B1%85%E4%BD%8F%E8%AF%81%20x?q=a%26b&page=2");
	}

	@Test
	void namesTheRootWhenTheRequestHasNoPath() {
		assertThat(UpstreamClients.pathAndQuery(MockServerHttpRequest.get("http://gateway.example").build()))
			.isEqualTo("/");
		assertThat(UpstreamClients.pathAndQuery(MockServerHttpRequest.get("http://gateway.example?x=1").build()))
			.isEqualTo("/?x=1");
	}

	@Test
	void usesTlsForHttpsServicesOnlyEvenWhenTheSharedClientIsSecure() {
		HttpClient plain = HttpClient.create();
		HttpClient secure = HttpClient.create().secure();

		assertThat(UpstreamClients.toService(plain, URI.create("https://identity.internal")).configuration().isSecure())
			.isTrue();
		assertThat(UpstreamClients.toService(secure, URI.create("https://[::1]:8443")).configuration().isSecure())
			.isTrue();
		assertThat(UpstreamClients.toService(secure, URI.create("http://127.0.0.1:8081")).configuration().isSecure())
			.isFalse();
		assertThat(UpstreamClients.toService(plain, URI.create("http://127.0.0.1:8081")).configuration().isSecure())
			.isFalse();
		assertThatThrownBy(() -> UpstreamClients.toService(plain, URI.create("http:/no-host")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void bindsTheClientToTheServicesPortOrTheSchemesDefault() {
		assertThat(boundAddress("https://[::1]")).satisfies((address) -> {
			assertThat(address.getPort()).isEqualTo(443);
			assertThat(address.getAddress().isLoopbackAddress()).isTrue();
		});
		assertThat(boundAddress("http://127.0.0.1")).isEqualTo(new InetSocketAddress("127.0.0.1", 80));
		assertThat(boundAddress("http://127.0.0.1:8081")).isEqualTo(new InetSocketAddress("127.0.0.1", 8081));
	}

	private static InetSocketAddress boundAddress(String service) {
		return (InetSocketAddress) UpstreamClients.toService(HttpClient.create(), URI.create(service))
			.configuration()
			.remoteAddress()
			.get();
	}

	private Route route(Duration responseTimeout) {
		return Route.async()
			.id("identity")
			.uri(URI.create(upstreamUrl("")))
			.predicate((exchange) -> true)
			.metadata(UpstreamClients.RESPONSE_TIMEOUT, responseTimeout.toMillis())
			.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, 2000)
			.build();
	}

	private DisposableServer startGateway(HttpHandler handler) {
		return HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.gatewayLoops)
			.handle(new ReactorHttpHandlerAdapter(handler))
			.bindNow();
	}

	/** One caller: its own connection to the gateway, used for all its calls in turn. */
	private Flux<String> callGateway(int calls) {
		ConnectionProvider oneConnection = ConnectionProvider.create("caller", 1);
		HttpClient caller = HttpClient.create(oneConnection).baseUrl("http://127.0.0.1:" + this.gateway.port());
		return Flux.fromStream(IntStream.range(0, calls).boxed())
			.concatMap((call) -> caller.get().uri("/").responseContent().aggregate().asString())
			.doFinally((signal) -> oneConnection.dispose());
	}

	private String upstreamUrl(String path) {
		return "http://127.0.0.1:" + this.upstream.port() + path;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
