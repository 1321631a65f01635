package org.shengshi.platform.test.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Against the JDK's HTTP server on loopback: lengths, chunks, keep-alive and close. */
class LoopbackHttpTest {

	private HttpServer server;

	private final List<String> seen = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/length", (exchange) -> answer(exchange, 200, "长度已知".repeat(3), false));
		this.server.createContext("/chunked", (exchange) -> answer(exchange, 201, "分块".repeat(5000), true));
		this.server.createContext("/close", (exchange) -> {
			exchange.getResponseHeaders().add("Connection", "close");
			answer(exchange, 200, "bye", false);
		});
		this.server.createContext("/echo", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
					+ exchange.getRequestHeaders().getFirst("Content-Type") + " "
					+ exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
			answer(exchange, 422, body, false);
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange, int status, String text, boolean chunked) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private LoopbackHttp client() {
		return new LoopbackHttp("127.0.0.1", this.server.getAddress().getPort(), Duration.ofSeconds(5));
	}

	@Test
	void readsBodiesByLengthAndByChunksOnOneKeptAliveConnection() throws IOException {
		try (LoopbackHttp http = client()) {
			for (int i = 0; i < 3; i++) {
				LoopbackHttp.Response known = http.get("/length");
				assertThat(known.status()).isEqualTo(200);
				assertThat(known.text()).isEqualTo("长度已知".repeat(3));
				LoopbackHttp.Response chunked = http.get("/chunked");
				assertThat(chunked.status()).isEqualTo(201);
				assertThat(chunked.text()).isEqualTo("分块".repeat(5000));
			}
		}
	}

	@Test
	void sendsMethodTargetHeadersAndBody() throws IOException {
		try (LoopbackHttp http = client()) {
			LoopbackHttp.Response response = http.postJson("/echo?x=1", "{\"a\":\"甲\"}", "Authorization", "Bearer t");
			assertThat(response.status()).isEqualTo(422);
			assertThat(response.text()).isEqualTo("{\"a\":\"甲\"}");
		}
		assertThat(this.seen).containsExactly("POST /echo?x=1 application/json Bearer t {\"a\":\"甲\"}");
	}

	@Test
	void reconnectsAfterTheServerClosesTheConnection() throws IOException {
		try (LoopbackHttp http = client()) {
			assertThat(http.get("/close").text()).isEqualTo("bye");
			assertThat(http.get("/close").text()).isEqualTo("bye");
			assertThat(http.get("/length").status()).isEqualTo(200);
		}
	}

	@Test
	void refusesAddressesOffThisMachine() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoopbackHttp("192.0.2.1", 80, Duration.ofSeconds(1)));
	}

}
