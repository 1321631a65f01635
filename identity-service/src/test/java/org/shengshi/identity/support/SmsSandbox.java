package org.shengshi.identity.support;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The SMS gateway sandbox: a WireMock server on loopback that accepts every message
 * unless told otherwise for one phone number, and shows what it was sent.
 */
public final class SmsSandbox {

	private static final String PATH = "/v1/sms/send";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final WireMockServer SERVER = start();

	private SmsSandbox() {
	}

	public static String baseUrl() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	public static void acceptsMessagesTo(String phone) {
		SERVER.stubFor(to(phone).atPriority(1)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":\"OK\",\"messageId\":\"M1\"}")));
	}

	public static void isDownFor(String phone) {
		SERVER.stubFor(to(phone).atPriority(1).willReturn(aResponse().withStatus(503)));
	}

	public static void refusesMessagesTo(String phone) {
		SERVER.stubFor(to(phone).atPriority(1)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":\"MOBILE_NUMBER_ILLEGAL\"}")));
	}

	public static void dropsTheConnectionFor(String phone) {
		SERVER.stubFor(to(phone).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/**
	 * Every message body sent to the phone, oldest first.
	 */
	public static List<JsonNode> messagesTo(String phone) {
		return SERVER
			.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.phone", equalTo(phone))))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(JSON::readTree)
			.toList();
	}

	/**
	 * The code of the last message sent to the phone.
	 */
	public static String lastCodeSentTo(String phone) {
		List<JsonNode> messages = messagesTo(phone);
		if (messages.isEmpty()) {
			throw new IllegalStateException("no message was sent to the phone");
		}
		return messages.get(messages.size() - 1).get("params").get("code").asString();
	}

	private static MappingBuilder to(String phone) {
		return post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.phone", equalTo(phone)));
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		server.stubFor(post(urlEqualTo(PATH)).atPriority(10)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":\"OK\",\"messageId\":\"M0\"}")));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

}
