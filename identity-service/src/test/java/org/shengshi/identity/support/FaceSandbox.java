package org.shengshi.identity.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The face verification provider sandbox: a WireMock server on loopback whose verdict is
 * set per ID number.
 */
public final class FaceSandbox {

	private static final String PATH = "/v1/face/compare";

	private static final WireMockServer SERVER = start();

	private FaceSandbox() {
	}

	public static String baseUrl() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	public static void passes(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(verdict("PASS", 96.3)));
	}

	public static void fails(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(verdict("FAIL", 41.7)));
	}

	public static void answersTooSlowly(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(verdict("PASS", 96.3).withFixedDelay(4000)));
	}

	public static void isDown(String idNumber) {
		SERVER.stubFor(about(idNumber).willReturn(aResponse().withStatus(503)));
	}

	public static int requestsAbout(String idNumber) {
		return SERVER
			.countRequestsMatching(postRequestedFor(urlEqualTo(PATH))
				.withRequestBody(matchingJsonPath("$.idNumber", equalTo(idNumber)))
				.build())
			.getCount();
	}

	private static MappingBuilder about(String idNumber) {
		return post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.idNumber", equalTo(idNumber)))
			.withRequestBody(matchingJsonPath("$.livenessToken"));
	}

	private static ResponseDefinitionBuilder verdict(String result, double score) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"result\":\"" + result + "\",\"score\":" + score + ",\"threshold\":80.0}");
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

}
