package org.shengshi.e2e;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.shengshi.localstack.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * New residents for journeys: a fresh phone number signed up through the SMS code (read
 * from the SMS sandbox, as the phone would receive it), a valid, unused resident ID
 * number, real-name verification, and tokens from the real Keycloak.
 */
final class Residents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private final Platform platform;

	Residents(Platform platform) {
		this.platform = platform;
	}

	/**
	 * A signed-up resident with its phone number as user name and a password (loa 1).
	 */
	Resident signUp() {
		String phone = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
		String password = "Journey" + RANDOM.nextInt(1_000_000) + "a";
		expect(this.platform.gatewayPost("/api/v1/identity/signup/otp", null, json(Map.of("phone", phone))), 200, 202);
		String code = Eventually.await("the SMS code for " + phone, Duration.ofSeconds(10), () -> smsCode(phone),
				(found) -> found != null);
		expect(this.platform.gatewayPost("/api/v1/identity/signup", null,
				json(Map.of("phone", phone, "code", code, "password", password))), 200, 201);
		return new Resident(phone, password, null, null);
	}

	/**
	 * Real-name verification of a signed-up resident with a fresh, valid ID number.
	 */
	Resident verifyRealName(Resident resident, String name) {
		String idNumber = newIdNumber();
		expect(this.platform.gatewayPost("/api/v1/identity/realname", token(resident),
				json(Map.of("name", name, "idNumber", idNumber))), 200, 201);
		return new Resident(resident.phone(), resident.password(), name, idNumber);
	}

	String token(Resident resident) {
		return this.platform.passwordToken(resident.phone(), resident.password());
	}

	/**
	 * A valid GB 11643 number (Guangzhou Tianhe, born 1960–1999) that the registry
	 * sandbox answers with a match.
	 */
	static String newIdNumber() {
		LocalDate birth = LocalDate.of(1960 + RANDOM.nextInt(40), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
		String body = "440106" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", 100 + RANDOM.nextInt(899));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private String smsCode(String phone) {
		HttpResult journal = this.platform.get(this.platform.stack().sandboxUrl(Sandbox.SMS) + "/__admin/requests");
		for (JsonNode logged : journal.json().path("requests")) {
			String body = logged.path("request").path("body").asString();
			if (body.contains(phone)) {
				return JSON.readTree(body).path("params").path("code").asString();
			}
		}
		return null;
	}

	/** A phone number as the platform shows it: {@code 139****1234}. */
	static String maskPhone(String phone) {
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static HttpResult expect(HttpResult answer, int... statuses) {
		for (int status : statuses) {
			if (answer.status() == status) {
				return answer;
			}
		}
		throw new AssertionError("expected " + java.util.Arrays.toString(statuses) + " but got " + answer);
	}

	record Resident(String phone, String password, String name, String idNumber) {
	}

}
