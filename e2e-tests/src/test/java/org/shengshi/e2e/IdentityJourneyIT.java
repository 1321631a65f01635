package org.shengshi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.localstack.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's identity journey through the gateway against the real Keycloak: sign-up by
 * SMS code (read from the SMS sandbox's request journal), a password token with
 * {@code loa} 1, real-name verification (new token: {@code loa} 2), face step-up (new
 * token: {@code loa} 3 with {@code loa_exp}), which then unmasks the profile, and
 * case-service's by-subject read of the verified resident.
 */
@ExtendWith(LocalStackExtension.class)
class IdentityJourneyIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "Journey2026";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void signUpRealNameAndFaceStepUpRaiseTheLoaInRealTokens(Platform platform) {
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

		HttpResult sent = post(platform, "/api/v1/identity/signup/otp", "{\"phone\":\"" + phone + "\"}", null);
		assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
		String code = codeSentTo(platform, phone);
		HttpResult created = post(platform, "/api/v1/identity/signup",
				"{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"password\":\"" + PASSWORD + "\"}", null);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String subject = created.text("subject");

		String loa1 = passwordToken(platform, phone);
		JsonNode claims1 = Jwt.claims(loa1);
		assertThat(claims1.get("sub").asString()).isEqualTo(subject);
		assertThat(claims1.get("loa").asInt()).isEqualTo(1);
		assertThat(claims1.get("realm_access").get("roles").toString()).contains("\"resident\"");

		String idNumber = freshIdNumber();
		HttpResult verified = post(platform, "/api/v1/identity/realname",
				"{\"name\":\"韩梅梅\",\"idNumber\":\"" + idNumber + "\"}", loa1);
		assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
		String loa2 = passwordToken(platform, phone);
		assertThat(Jwt.claims(loa2).get("loa").asInt()).isEqualTo(2);
		assertThat(post(platform, "/api/v1/identity/profile/unmask", "{\"purpose\":\"核对\"}", loa2).status())
			.isEqualTo(403);

		HttpResult face = post(platform, "/api/v1/identity/face-verifications", "{\"livenessToken\":\"lv-journey\"}",
				loa2);
		assertThat(face.status()).as(face.toString()).isEqualTo(200);
		String loa3 = passwordToken(platform, phone);
		JsonNode claims3 = Jwt.claims(loa3);
		assertThat(claims3.get("loa").asInt()).isEqualTo(3);
		assertThat(claims3.get("loa_exp").asLong()).isBetween(Instant.now().plusSeconds(14 * 60).getEpochSecond(),
				Instant.now().plusSeconds(15 * 60 + 5).getEpochSecond());

		HttpResult unmasked = post(platform, "/api/v1/identity/profile/unmask", "{\"purpose\":\"核对\"}", loa3);
		assertThat(unmasked.status()).as(unmasked.toString()).isEqualTo(200);
		assertThat(unmasked.text("idNumber")).isEqualTo(idNumber);

		HttpResult read = platform.gatewayGet("/api/v1/identity/identities?subject=" + subject + "&purpose=prefill",
				platform.clientToken("case-service"));
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.text("phone")).isEqualTo(phone);
		assertThat(read.json().get("loa").asInt()).isEqualTo(3);
	}

	private String passwordToken(Platform platform, String phone) {
		HttpResult token = platform.tokenRequest(Map.of("grant_type", "password", "client_id", Platform.TEST_CLIENT,
				"client_secret", Platform.TEST_CLIENT_SECRET, "username", phone, "password", PASSWORD));
		assertThat(token.status()).as(token.toString()).isEqualTo(200);
		return token.text("access_token");
	}

	/**
	 * The code of the newest message to the phone in the SMS sandbox's request journal.
	 */
	private String codeSentTo(Platform platform, String phone) {
		HttpResult journal = platform.get(platform.stack().sandboxUrl(Sandbox.SMS) + "/__admin/requests");
		for (JsonNode logged : journal.json().get("requests")) {
			JsonNode request = logged.get("request");
			if (request.get("url").asString().equals("/v1/sms/send")) {
				JsonNode message = JSON.readTree(request.get("body").asString());
				if (phone.equals(message.path("phone").asString())) {
					return message.get("params").get("code").asString();
				}
			}
		}
		throw new AssertionError("no SMS to the phone in the sandbox journal");
	}

	private HttpResult post(Platform platform, String path, String json, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.stack().gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new HttpResult(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A valid resident ID number of Guangzhou Tianhe (born 1991-2008) with its GB 11643
	 * check character; the sandbox's special numbers are all born in other years.
	 */
	private static String freshIdNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first17 = String.format("440106%04d%02d%02d%03d", 1991 + random.nextInt(18), 1 + random.nextInt(12),
				1 + random.nextInt(28), random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}
