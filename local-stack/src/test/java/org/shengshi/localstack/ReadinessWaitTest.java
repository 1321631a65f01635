package org.shengshi.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadinessWaitTest {

	private final Deque<Integer> statuses = new ArrayDeque<>();

	private HttpServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void aServiceThatIsStillStartingIsWaitedForUntilItIsUp() throws IOException {
		URI uri = serve(List.of(503, 503, 200));

		String body = ReadinessWait.await(uri, ServiceLauncher::isUp, Duration.ofSeconds(20), null, step());

		assertThat(body).contains("\"UP\"");
	}

	@Test
	void aSecuredHealthEndpointFailsFastInsteadOfWaitingForTheTimeout() throws IOException {
		URI uri = serve(List.of(401));

		assertThatThrownBy(() -> ReadinessWait.await(uri, ServiceLauncher::isUp, Duration.ofSeconds(60),
				Duration.ofMillis(600), null, step()))
			.isInstanceOf(StackStartException.class)
			.hasMessageContaining("answers 401 on " + uri)
			.hasMessageContaining("without a token");
	}

	@Test
	void aServerThatNeverAnswersTimesOutWithTheTimeInTheMessage() {
		URI nothingListens = URI.create("http://127.0.0.1:" + freePort() + "/actuator/health/readiness");

		assertThatThrownBy(
				() -> ReadinessWait.await(nothingListens, ServiceLauncher::isUp, Duration.ofSeconds(1), null, step()))
			.isInstanceOf(StackStartException.class)
			.hasMessage(nothingListens + " was not ready within 1 s");
	}

	private URI serve(List<Integer> sequence) throws IOException {
		this.statuses.addAll(sequence);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			int status = (this.statuses.size() > 1) ? this.statuses.poll() : this.statuses.peek();
			byte[] body = ((status == 200) ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/actuator/health/readiness");
	}

	private static Progress.Step step() {
		return new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 1)
			.begin("test");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
