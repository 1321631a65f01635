package org.shengshi.e2e;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fault test counts while residents keep using the platform: every request and its
 * answer, per status, and the filings each resident made (one Idempotency-Key each,
 * retried with the same key until it succeeds, as the app does).
 */
final class FaultTolerance {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Platform platform;

	private final Map<String, Integer> statuses = new TreeMap<>();

	private final List<String> badAnswers = new ArrayList<>();

	private final Map<String, String> caseIdsByKey = new LinkedHashMap<>();

	private int requests;

	FaultTolerance(Platform platform) {
		this.platform = platform;
	}

	/**
	 * Files (and submits) one case with this key; answers whether it has succeeded.
	 */
	synchronized boolean file(String token, JsonNode itemVersion, String key) {
		Map<String, Object> body = Map.of("itemCode", itemVersion.path("itemCode").asString(), "itemVersion",
				itemVersion.path("version").asInt(), "formValues", CatalogItems.formFor(itemVersion));
		HttpResult answer = this.platform.gatewaySend("POST", "/api/v1/cases?submit=true", token,
				JSON.writeValueAsString(body), "Idempotency-Key", key);
		count(answer);
		if (answer.status() == 200 || answer.status() == 201) {
			String id = answer.text("id");
			String earlier = this.caseIdsByKey.putIfAbsent(key, id);
			if (earlier != null && !earlier.equals(id)) {
				this.badAnswers.add("key " + key + " gave two cases: " + earlier + " and " + id);
			}
			return true;
		}
		return false;
	}

	/**
	 * Counts an answer; a failure must be a clear problem+json with a 4xx/5xx other than
	 * a bare 500.
	 */
	synchronized void count(HttpResult answer) {
		this.requests++;
		this.statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
		boolean ok = answer.status() < 300 || answer.status() == 429;
		if (!ok && (answer.status() == 500 || !answer.isProblem())) {
			this.badAnswers.add("unclear error: " + answer);
		}
	}

	synchronized int requests() {
		return this.requests;
	}

	synchronized int errors() {
		return this.statuses.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().compareTo("300") >= 0)
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	synchronized Map<String, String> caseIdsByKey() {
		return Map.copyOf(this.caseIdsByKey);
	}

	synchronized List<String> badAnswers() {
		return List.copyOf(this.badAnswers);
	}

	/**
	 * Every case id of the resident, through the paged list.
	 */
	Set<String> ownCaseIds(String token) {
		Set<String> ids = new HashSet<>();
		String cursor = null;
		for (int page = 0; page < 100; page++) {
			HttpResult answer = this.platform
				.gatewayGet("/api/v1/cases?limit=100" + ((cursor != null) ? "&cursor=" + cursor : ""), token);
			if (answer.status() != 200) {
				throw new AssertionError("own cases: " + answer);
			}
			answer.json().path("items").forEach((item) -> ids.add(item.path("id").asString()));
			JsonNode next = answer.json().path("nextCursor");
			if (next.isMissingNode() || next.isNull() || next.asString().isEmpty()) {
				return ids;
			}
			cursor = next.asString();
		}
		throw new AssertionError("more than 100 pages of own cases");
	}

	String report(String fault, int requestsDuringFault, int invariantsViolated) {
		return String.format("| %s | %d | %d | %d | %s | %d |", fault, requests(), requestsDuringFault, errors(),
				this.statuses, invariantsViolated);
	}

}
