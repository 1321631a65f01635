package org.shengshi.identity.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The population registry (人口库) sandbox: a WireMock server on loopback whose answers are
 * set per ID number, so tests running against one server do not disturb each other.
 */
public final class PopulationRegistrySandbox {

	private static final String PATH = "/v1/identity/verify";

	private static final WireMockServer SERVER = start();

	private PopulationRegistrySandbox() {
	}

	public static String baseUrl() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	public static void reportsMatch(String idNumber) {
		answer(idNumber, "MATCH");
	}

	public static void reportsNameMismatch(String idNumber) {
		answer(idNumber, "MISMATCH");
	}

	public static void reportsNotFound(String idNumber) {
		answer(idNumber, "NOT_FOUND");
	}

	public static void reportsDeceased(String idNumber) {
		answer(idNumber, "DECEASED");
	}

	public static void answersTooSlowly(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(json("MATCH").withFixedDelay(6000)));
	}

	public static void isDown(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(aResponse().withStatus(503)));
	}

	public static void dropsTheConnection(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	public static int requestsAbout(String idNumber) {
		return SERVER.countRequestsMatching(postRequestedFor(urlEqualTo(PATH))
			.withRequestBody(
					matchingJsonPath("$.idNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo(idNumber)))
			.build()).getCount();
	}

	private static void answer(String idNumber, String result) {
		SERVER.stubFor(about(idNumber).willReturn(json(result)));
	}

	private static MappingBuilder about(String idNumber) {
		return post(urlEqualTo(PATH)).withRequestBody(
				matchingJsonPath("$.idNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo(idNumber)));
	}

	private static ResponseDefinitionBuilder json(String result) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"result\":\"" + result + "\",\"requestNo\":\"R-1\"}");
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		warmUp(server);
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	/**
	 * One request before the tests, so the first real one does not pay the server's
	 * start-up cost against the client's read timeout.
	 */
	private static void warmUp(WireMockServer server) {
		try {
			java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrlOf(server) + "/__admin/mappings"))
					.timeout(java.time.Duration.ofSeconds(30))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String baseUrlOf(WireMockServer server) {
		return "http://127.0.0.1:" + server.port();
	}

}
