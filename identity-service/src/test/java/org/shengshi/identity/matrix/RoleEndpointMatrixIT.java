package org.shengshi.identity.matrix;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.identity.support.FaceSandbox;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.platform.test.FaceVerifiedTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every identity endpoint × every kind of caller, with the status class each must get:
 * {@code OK} 2xx, {@code PASS} let through authorization (2xx or a domain 4xx other than
 * 401/403/404), {@code 404} hidden (another resident's or department's object),
 * {@code 403} refused, {@code 401} no token. Residents carry face-verified tokens (loa 3)
 * so that only roles and ownership decide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEndpointMatrixIT extends IdentityServiceIT {

	enum Caller {

		ANONYMOUS, RESIDENT, OTHER_RESIDENT, STAFF_OWN_DEPT, STAFF_OTHER_DEPT, DEPT_ADMIN, DEPT_ADMIN_OTHER_DEPT,
		PLATFORM_ADMIN, SYSTEM

	}

	private VerifiedResident owner;

	private VerifiedResident other;

	private String staffId;

	private String delegationId;

	private final Map<Caller, Supplier<String>> tokens = new EnumMap<>(Caller.class);

	@BeforeAll
	void ownersAndTheirObjects() {
		this.owner = verifiedResident("甲一");
		this.other = verifiedResident("乙二");
		FaceSandbox.passes(this.owner.idNumber());
		FaceSandbox.passes(this.other.idNumber());
		this.tokens.put(Caller.ANONYMOUS, () -> null);
		this.tokens.put(Caller.RESIDENT, () -> FaceVerifiedTokens.bearer(this.owner.subject()));
		this.tokens.put(Caller.OTHER_RESIDENT, () -> FaceVerifiedTokens.bearer(this.other.subject()));
		this.tokens.put(Caller.STAFF_OWN_DEPT, () -> TOKENS.staff("m-officer", "440100-GA", "case_officer").bearer());
		this.tokens.put(Caller.STAFF_OTHER_DEPT,
				() -> TOKENS.staff("m-officer2", "440100-MZ", "case_officer").bearer());
		this.tokens.put(Caller.DEPT_ADMIN, () -> TOKENS.staff("m-admin", "440100-GA", "dept_admin").bearer());
		this.tokens.put(Caller.DEPT_ADMIN_OTHER_DEPT,
				() -> TOKENS.staff("m-admin2", "440100-MZ", "dept_admin").bearer());
		this.tokens.put(Caller.PLATFORM_ADMIN, () -> TOKENS.resident("m-platform").roles("platform_admin").bearer());
		this.tokens.put(Caller.SYSTEM, () -> TOKENS.client("case-service", "system").bearer());
		Reply staff = http().post("/api/v1/identity/staff",
				"{\"username\":\"matrix-" + System.nanoTime() + "\",\"roles\":[\"case_officer\"]}",
				auth(this.tokens.get(Caller.DEPT_ADMIN).get()));
		this.staffId = staff.json().get("id").asString();
		Reply delegation = http().post("/api/v1/identity/delegations",
				"{\"delegateName\":\"乙二\",\"delegateIdNumber\":\"" + this.other.idNumber() + "\",\"validUntil\":\""
						+ Instant.now().plus(30, ChronoUnit.DAYS) + "\"}",
				auth(this.tokens.get(Caller.RESIDENT).get()));
		assertThat(delegation.status()).as(delegation.body()).isEqualTo(201);
		this.delegationId = delegation.json().get("id").asString();
	}

	Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		// anon res oth stO stX adm admX pla sys
		add(cases, "POST", "/signup/otp", this::otpBody, "OK   OK   OK   OK   OK   OK   OK   OK   OK");
		add(cases, "POST", "/signup", this::signupBody, "PASS PASS PASS PASS PASS PASS PASS PASS PASS");
		add(cases, "GET", "/me", null, "401  OK   OK   OK   OK   OK   OK   OK   OK");
		add(cases, "GET", "/staff", null, "401  403  403  403  403  OK   OK   403  403");
		add(cases, "POST", "/staff", this::staffBody, "401  403  403  403  403  OK   OK   403  403");
		add(cases, "PUT", "/staff/{staff}/roles/catalog_reviewer", () -> "",
				"401  403  403  403  403  OK   404  403  403");
		add(cases, "DELETE", "/staff/{staff}/roles/catalog_reviewer", null,
				"401  403  403  403  403  PASS 404  403  403");
		add(cases, "GET", "/departments", null, "401  OK   OK   OK   OK   OK   OK   OK   OK");
		add(cases, "GET", "/departments/440100-GA", null, "401  OK   OK   OK   OK   OK   OK   OK   OK");
		add(cases, "POST", "/departments",
				() -> "{\"code\":\"440106-SW\",\"name\":\"天河区商务局\",\"uscc\":\"11440106MB2C904505\",\"parentCode\":\"440000-GA\"}",
				"401  403  403  403  403  403  403  PASS 403");
		add(cases, "PUT", "/departments/440100-GA/name", () -> "{\"name\":\"广州市公安局\"}",
				"401  403  403  403  403  403  403  OK   403");
		add(cases, "POST", "/realname", () -> "{\"name\":\"张三\",\"idNumber\":\"123\"}",
				"401  PASS PASS 403  403  403  403  403  403");
		add(cases, "GET", "/profile", null, "401  OK   OK   403  403  403  403  403  403");
		add(cases, "POST", "/profile/unmask", () -> "{\"purpose\":\"matrix\"}",
				"401  OK   OK   403  403  403  403  403  403");
		add(cases, "GET", "/profile/access-log", null, "401  OK   OK   403  403  403  403  403  403");
		add(cases, "POST", "/delegations",
				() -> "{\"delegateName\":\"无名\",\"delegateIdNumber\":\"440106199001011234\",\"validUntil\":\""
						+ Instant.now().plus(1, ChronoUnit.DAYS) + "\"}",
				"401  PASS PASS 403  403  403  403  403  403");
		add(cases, "GET", "/delegations", null, "401  OK   OK   403  403  403  403  403  403");
		add(cases, "GET", "/delegations/{delegation}/uses", null, "401  OK   404  403  403  403  403  403  403");
		add(cases, "GET", "/delegations/check?delegator={owner}&delegate={other}&item=ANY", null,
				"401  403  403  403  403  403  403  403  OK");
		add(cases, "DELETE", "/delegations/{delegation}", null, "401  PASS 404  403  403  403  403  403  403");
		add(cases, "POST", "/consents", () -> "{\"policyVersion\":\"2026.1\"}",
				"401  OK   OK   403  403  403  403  403  403");
		add(cases, "POST", "/consents/withdrawals", () -> "{\"policyVersion\":\"2026.1\"}",
				"401  PASS PASS 403  403  403  403  403  403");
		add(cases, "GET", "/consents", null, "401  OK   OK   403  403  403  403  403  403");
		add(cases, "GET", "/identities/{identity}?purpose=matrix", null, "401  403  403  403  403  403  403  403  OK");
		add(cases, "GET", "/identities?subject={owner}&purpose=matrix", null,
				"401  403  403  403  403  403  403  403  OK");
		add(cases, "POST", "/face-verifications", () -> "{\"livenessToken\":\"lv-matrix\"}",
				"401  OK   OK   403  403  403  403  403  403");
		add(cases, "POST", "/counter-verifications",
				() -> "{\"subject\":\"{owner}\",\"windowLocation\":\"窗口9\",\"note\":\"matrix\"}",
				"401  403  403  OK   OK   403  403  403  403");
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {3} → {4}")
	@MethodSource("matrix")
	void eachCallerGetsItsStatusClass(String method, String path, Supplier<String> body, Caller caller,
			String expected) {
		String bearer = this.tokens.get(caller).get();
		String[] headers = (bearer != null) ? new String[] { "Authorization", bearer, "X-Forwarded-For", address() }
				: new String[] { "X-Forwarded-For", address() };
		String url = "/api/v1/identity" + resolve(path);
		Reply reply = switch (method) {
			case "GET" -> http().get(url, headers);
			case "POST" -> http().post(url, resolve(body.get()), headers);
			case "PUT" -> http().put(url, resolve(body.get()), headers);
			default -> http().delete(url, headers);
		};

		int status = reply.status();
		switch (expected) {
			case "OK" -> assertThat(status).as(reply.body()).isBetween(200, 299);
			case "PASS" -> assertThat(status).as(reply.body()).isBetween(200, 499).isNotIn(401, 403, 404);
			default -> {
				assertThat(status).as(reply.body()).isEqualTo(Integer.parseInt(expected));
				assertThat(reply.contentType()).startsWith("application/problem+json");
			}
		}
	}

	private static void add(List<Arguments> cases, String method, String path, Supplier<String> body,
			String expectations) {
		String[] expected = expectations.trim().split("\\s+");
		Caller[] callers = Caller.values();
		assertThat(expected).hasSize(callers.length);
		for (int i = 0; i < callers.length; i++) {
			cases.add(Arguments.of(method, path, body, callers[i], expected[i]));
		}
	}

	private String resolve(String text) {
		return text.replace("{staff}", this.staffId)
			.replace("{delegation}", this.delegationId)
			.replace("{owner}", this.owner.subject())
			.replace("{other}", this.other.subject())
			.replace("{identity}", this.owner.identityId());
	}

	private String otpBody() {
		return "{\"phone\":\"" + phone() + "\"}";
	}

	private String signupBody() {
		return "{\"phone\":\"" + phone() + "\",\"code\":\"123456\",\"password\":\"secret123\"}";
	}

	private String staffBody() {
		return "{\"username\":\"m-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"roles\":[\"case_officer\"]}";
	}

	private static String phone() {
		return "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "172.16." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

}
