package org.shengshi.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the services' answers are written back ({@code AnswerWriter}): a short body of
 * known length whole, with its headers in one write; anything else streamed.
 */
class AnswersIT extends GatewayITSupport {

	private static final String PATH = "/api/v1/identity/answers";

	private static final String APP_ORIGIN = "http://localhost:5173";

	@Test
	void writesAShortAnswerAndItsHeadersAsOneSegment() throws IOException {
		String body = "{\"name\":\"张*\",\"idNumber\":\"440***********0036\",\"filler\":\"" + "x".repeat(300) + "\"}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("Content-Length", String.valueOf(bytes.length))
				.withHeader("X-Upstream", "identity")
				.withBody(bytes)));

		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 2000);
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
					+ residentBearer("resident-answers") + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			byte[] buffer = new byte[64 * 1024];
			// one read gets what the first segment carried: all of it, or the headers
			// only
			// when they were written apart from the body
			int read = socket.getInputStream().read(buffer);

			String first = new String(buffer, 0, Math.max(read, 0), StandardCharsets.UTF_8);
			assertThat(first).startsWith("HTTP/1.1 200")
				.containsIgnoringCase("content-length: " + bytes.length + "\r\n")
				.containsIgnoringCase("x-upstream: identity\r\n")
				.endsWith("\r\n\r\n" + body);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 64 * 1024 + 1, 200 * 1024 })
	void streamsALongerAnswerWhole(int length) {
		String body = letters(length);
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo(PATH))
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body)));

		assertThat(bodyThroughTheGateway()).isEqualTo(body);
	}

	@Test
	void streamsAChunkedAnswer() {
		String body = letters(5000);
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/plain")
				.withBody(body)
				.withChunkedDribbleDelay(5, 200)));

		assertThat(bodyThroughTheGateway()).isEqualTo(body);
	}

	@Test
	void answersAHeadRequestWithTheLengthAndNoBody() {
		this.upstreams.service("identity")
			.stubFor(head(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("Content-Length", "321")));

		this.client.head()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-answers"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentLength(321)
			.expectBody()
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "hold, 504, UPSTREAM_TIMEOUT", "close, 503, SERVICE_UNAVAILABLE" })
	void answersAProblemWithoutTheServicesHeadersWhenAShortBodyStopsHalfWay(String then, int status, String code)
			throws Exception {
		// the certificates API document's route waits 1 s at most between two reads
		int port = this.upstreams.service("certificates").port();
		this.upstreams.stop("certificates");
		try (ServerSocket service = new ServerSocket()) {
			service.setReuseAddress(true);
			service.bind(new InetSocketAddress("127.0.0.1", port));
			Thread answering = new Thread(() -> answerHalf(service, then.equals("hold")), "half-answer");
			answering.setDaemon(true);
			answering.start();

			this.client.get()
				.uri("/v3/api-docs/certificates")
				.header(HttpHeaders.ORIGIN, APP_ORIGIN)
				.exchange()
				.expectStatus()
				.isEqualTo(status)
				.expectHeader()
				.contentType(PROBLEM)
				.expectHeader()
				.doesNotExist("X-Upstream")
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, APP_ORIGIN)
				.expectHeader()
				.values(HttpHeaders.VARY,
						(vary) -> assertThat(String.join(",", vary)).contains("Origin")
							.doesNotContain("Accept-Encoding"))
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo(code);
			answering.join(5000);
		}
		finally {
			this.upstreams.start("certificates");
		}
	}

	/**
	 * Answers one request with its headers and half of a 100-byte body, then holds the
	 * connection for 3 s or closes it.
	 */
	private static void answerHalf(ServerSocket service, boolean hold) {
		try (Socket call = service.accept()) {
			InputStream in = call.getInputStream();
			int matched = 0;
			while (matched < 4) {
				int next = in.read();
				if (next < 0) {
					return;
				}
				matched = (next == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((next == '\r') ? 1 : 0);
			}
			OutputStream out = call.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
					+ "X-Upstream: certificates\r\nAccess-Control-Allow-Origin: *\r\nVary: Accept-Encoding\r\n\r\n{\"openapi\":\"3.1.0\",\"info\":")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			if (hold) {
				Thread.sleep(3000);
			}
		}
		catch (IOException ex) {
			// the gateway gave up first
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String bodyThroughTheGateway() {
		return okText(
				this.client.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, residentBearer("resident-answers")));
	}

	private static String letters(int length) {
		Random random = new Random(length);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

}
