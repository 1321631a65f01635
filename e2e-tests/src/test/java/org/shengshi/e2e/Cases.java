package org.shengshi.e2e;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.shengshi.e2e.Residents.expect;
import static org.shengshi.e2e.Residents.json;

/**
 * Case steps of the journeys, through the gateway: what the app and the officers' console
 * send.
 */
final class Cases {

	private final Platform platform;

	Cases(Platform platform) {
		this.platform = platform;
	}

	/**
	 * Files and submits a case with only the typed values (the rest is prefilled), with
	 * an Idempotency-Key; sends it twice, as a double tap would, and checks one case came
	 * of it.
	 */
	JsonNode fileAndSubmit(String token, JsonNode itemVersion, Map<String, String> typed) {
		String body = json(Map.of("itemCode", itemVersion.path("itemCode").asString(), "itemVersion",
				itemVersion.path("version").asInt(), "formValues", typed));
		String key = UUID.randomUUID().toString();
		JsonNode filed = expect(
				this.platform.gatewaySend("POST", "/api/v1/cases?submit=true", token, body, "Idempotency-Key", key),
				201)
			.json();
		JsonNode again = expect(
				this.platform.gatewaySend("POST", "/api/v1/cases?submit=true", token, body, "Idempotency-Key", key),
				201)
			.json();
		if (!again.path("id").asString().equals(filed.path("id").asString())) {
			throw new AssertionError("a double tap filed two cases: " + filed + " / " + again);
		}
		return filed;
	}

	void upload(String token, String caseId, String materialCode, String fileName, String type, byte[] content) {
		expect(this.platform.gatewayUpload("/api/v1/cases/" + caseId + "/materials/" + materialCode, token, fileName,
				type, content, UUID.randomUUID().toString()), 201);
	}

	JsonNode view(String token, String caseId) {
		return expect(this.platform.gatewayGet("/api/v1/cases/" + caseId, token), 200).json();
	}

	/**
	 * An officer's action on the case's current version.
	 */
	JsonNode act(String officerToken, String caseId, String action, String opinion) {
		int version = view(officerToken, caseId).path("version").asInt();
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("action", action);
		body.put("version", version);
		if (opinion != null) {
			body.put("opinion", opinion);
		}
		return expect(this.platform.gatewayPost("/api/v1/cases/" + caseId + "/actions", officerToken, json(body)), 200)
			.json();
	}

	JsonNode timeline(String token, String caseId) {
		return expect(this.platform.gatewayGet("/api/v1/cases/" + caseId + "/timeline", token), 200).json();
	}

}
