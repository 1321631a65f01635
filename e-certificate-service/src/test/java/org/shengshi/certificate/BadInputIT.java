package org.shengshi.certificate;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.certificates.IssueCommand;
import org.shengshi.certificate.certificates.Issuance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed, mistyped, oversized or nonsensical input on every endpoint is a 4xx
 * problem+json with a stable code, never a 500 and never a stack trace.
 */
class BadInputIT extends ServiceSupport {

	@Autowired
	private Issuance issuance;

	@Test
	void everyEndpointAnswersBadInputWithAProblemAndAStableCode() {
		String holder = newSubject();
		String id = this.issuance
			.issue(new IssueCommand(RESIDENT_E_ID, holder, Map.of("name", "陈三", "idNumber", "440106199001011237"), null,
					null, "test", false))
			.id();
		String base = "/api/v1/certificates/";
		String owner = resident(holder, 2);
		String admin = staff(POLICE, "dept_admin");
		String verifier = TOKENS.client("hotel-verifier", "verifier").bearer();
		Map<String, Supplier<Http.Reply>> calls = new java.util.LinkedHashMap<>();
		calls.put("presentation: broken JSON",
				() -> http().post(base + id + "/presentations", "{", "Authorization", owner));
		calls.put("presentation: ttl not a number", () -> http().post(base + id + "/presentations",
				"{\"purpose\":\"HOTEL_CHECK_IN\",\"ttlSeconds\":\"soon\"}", "Authorization", owner));
		calls.put("presentation: fields not a list",
				() -> http().post(base + id + "/presentations", "{\"fields\":\"name\"}", "Authorization", owner));
		calls.put("presentation: ttl too short", () -> http().post(base + id + "/presentations",
				"{\"purpose\":\"HOTEL_CHECK_IN\",\"ttlSeconds\":1}", "Authorization", owner));
		calls.put("presentation: no body", () -> http().post(base + id + "/presentations", "", "Authorization", owner));
		calls.put("presentation: huge id", () -> http().post(base + "x".repeat(500) + "/presentations",
				"{\"purpose\":\"HOTEL_CHECK_IN\"}", "Authorization", owner));
		calls.put("wallet: unknown id", () -> http().get(base + "wallet/%27%20OR%201=1", "Authorization", owner));
		calls.put("verification: token too long", () -> http().post(base + "verifications",
				"{\"token\":\"" + "A".repeat(65) + "\"}", "Authorization", verifier));
		calls.put("verification: token not a string",
				() -> http().post(base + "verifications", "{\"token\":{\"a\":1}}", "Authorization", verifier));
		calls.put("verification: array body",
				() -> http().post(base + "verifications", "[]", "Authorization", verifier));
		calls.put("issue: broken JSON", () -> http().post(base, "{\"typeCode\":", "Authorization", admin));
		calls.put("issue: unknown type", () -> http().post(base,
				"{\"typeCode\":\"999\",\"holderSubject\":\"h\",\"fields\":{}}", "Authorization", admin));
		calls.put("status change: unknown event", () -> http().post(base + id + "/status-changes",
				"{\"event\":\"EXPLODE\",\"reason\":\"x\"}", "Authorization", admin));
		calls.put("authorisation: hours not a number", () -> http().post(base + id + "/authorisations",
				"{\"caseId\":\"c\",\"department\":\"440100-MZ\",\"validHours\":\"many\"}", "Authorization", owner));
		calls.put("case read: no case id", () -> http().get(base + id + "/case-read", "Authorization", admin));
		calls.put("keys: unknown kid", () -> http().get(base + "keys/nope"));
		calls.put("keys: unknown algorithm",
				() -> http().post(base + "keys/rotations?algorithm=RSA", "", "Authorization", admin));

		calls.forEach((name, call) -> {
			Http.Reply reply = call.get();
			assertThat(reply.status()).as(name + ": " + reply.body()).isBetween(400, 499);
			assertThat(reply.header("Content-Type")).as(name).startsWith("application/problem+json");
			assertThat(reply.code()).as(name).matches("[A-Z][A-Z0-9_]+");
			assertThat(reply.body()).as(name).doesNotContain("Exception").doesNotContain("at org.");
		});
	}

}
