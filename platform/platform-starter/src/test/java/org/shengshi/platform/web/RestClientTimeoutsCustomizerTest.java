package org.shengshi.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The customizer against a real, slow HTTP server on loopback.
 */
class RestClientTimeoutsCustomizerTest {

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	@BeforeEach
	void startSlowServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/slow", (exchange) -> {
			try {
				this.release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(200, 2);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write("ok".getBytes());
			}
		});
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.release.countDown();
		this.server.stop(0);
	}

	@Test
	void slowServerHitsTheReadTimeout() {
		RestClientTimeoutsCustomizer customizer = new RestClientTimeoutsCustomizer(
				ClientHttpRequestFactoryBuilder.detect(), HttpClientSettings.defaults(),
				new ShengshiWebProperties.Client(Duration.ofSeconds(2), Duration.ofMillis(300)));
		RestClient.Builder builder = RestClient.builder();
		customizer.customize(builder);
		RestClient client = builder.build();
		long start = System.nanoTime();
		assertThatExceptionOfType(ResourceAccessException.class).isThrownBy(() -> client.get()
			.uri("http://127.0.0.1:" + this.server.getAddress().getPort() + "/slow")
			.retrieve()
			.body(String.class));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void bootTimeoutsWinOverTheDefaults() {
		HttpClientSettings boot = HttpClientSettings.defaults().withReadTimeout(Duration.ofSeconds(42));
		RestClientTimeoutsCustomizer customizer = new RestClientTimeoutsCustomizer(
				ClientHttpRequestFactoryBuilder.detect(), boot,
				new ShengshiWebProperties.Client(Duration.ofSeconds(2), Duration.ofSeconds(10)));
		assertThat(customizer.settings().readTimeout()).isEqualTo(Duration.ofSeconds(42));
		assertThat(customizer.settings().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
	}

}
