package org.shengshi.certificate.presentations;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.Http;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.certificate.certificates.CertificateRow;
import org.shengshi.certificate.certificates.IssueCommand;
import org.shengshi.certificate.certificates.Issuance;
import org.shengshi.certificate.presentation.PresentationToken;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PresentationAndVerificationIT extends ServiceSupport {

	private static final String VERIFY = "/api/v1/certificates/verifications";

	@Autowired
	private Issuance issuance;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StringRedisTemplate redis;

	private CertificateRow eIdOf(String holder) {
		return this.issuance
			.issue(new IssueCommand(RESIDENT_E_ID, holder, Map.of("name", "孙八", "idNumber", "440106199001011237",
					"gender", "1", "address", "广州市越秀区某街3号", "photoRef", "photo-8"), null, null, "test", false));
	}

	private Http.Reply present(String holder, String certificateId, String body) {
		return http().post("/api/v1/certificates/" + certificateId + "/presentations", body, "Authorization",
				resident(holder, 2));
	}

	private String token(String holder, String certificateId, String body) {
		Http.Reply reply = present(holder, certificateId, body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("token").asString();
	}

	private Http.Reply verify(String client, String token) {
		return http().post(VERIFY, "{\"token\":\"" + token + "\"}", "Authorization",
				TOKENS.client(client, "verifier").bearer());
	}

	private List<String> outcomesSeenByHolder(String holder, String certificateId) {
		Http.Reply uses = http().get("/api/v1/certificates/" + certificateId + "/uses", "Authorization",
				resident(holder, 1));
		assertThat(uses.status()).isEqualTo(200);
		List<String> outcomes = new ArrayList<>();
		uses.json().forEach((use) -> outcomes.add(use.get("outcome").asString()));
		return outcomes;
	}

	/** Moves the stored expiry of the token's presentation to the given instant. */
	private void expireAt(String token, Instant expiry) {
		String key = "shengshi:certificate:presentation:" + PresentationToken.parse(token).digest();
		String value = this.redis.opsForValue().get(key);
		this.redis.opsForValue()
			.set(key, expiry.toEpochMilli() + value.substring(value.indexOf('|')), Duration.ofMinutes(5));
	}

	private static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

	@Test
	void theQrImageInThePresentationDecodesToTheTokenWhichTheHotelVerifies() throws Exception {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		Http.Reply presented = present(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		String dataUrl = presented.json().get("qrPng").asString();
		assertThat(dataUrl).startsWith("data:image/png;base64,");

		String scanned = decodeQr(Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length())));

		assertThat(scanned).isEqualTo(presented.json().get("token").asString());
		assertThat(verify("hotel-verifier", scanned).status()).isEqualTo(200);
	}

	@Test
	void lateReplayedWrongPurposeAndSuspendedAttemptsAreAllInTheHoldersUseLog() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		String late = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		expireAt(late, Instant.now().minusMillis(1));
		assertThat(verify("hotel-verifier", late).code()).isEqualTo("PRESENTATION_TOKEN_EXPIRED");
		assertThat(verify("hotel-verifier", late).code()).as("an expired token stays expired, never redeemed")
			.isEqualTo("PRESENTATION_TOKEN_EXPIRED");

		String once = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		assertThat(verify("hotel-verifier", once).status()).isEqualTo(200);
		assertThat(verify("hotel-verifier", once).code()).isEqualTo("PRESENTATION_TOKEN_ALREADY_USED");

		String wrongPurpose = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		assertThat(verify("ticket-verifier", wrongPurpose).code()).isEqualTo("DISCLOSURE_PURPOSE_MISMATCH");

		String beforeRevocation = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		assertThat(http()
			.post("/api/v1/certificates/" + eId.id() + "/status-changes", "{\"event\":\"SUSPEND\",\"reason\":\"核查\"}",
					"Authorization", staff(POLICE, "dept_admin"))
			.status()).isEqualTo(200);
		assertThat(verify("hotel-verifier", beforeRevocation).code()).isEqualTo("CERTIFICATE_NOT_USABLE");

		assertThat(outcomesSeenByHolder(holder, eId.id())).containsExactly("CERTIFICATE_NOT_USABLE",
				"DISCLOSURE_PURPOSE_MISMATCH", "PRESENTATION_TOKEN_ALREADY_USED", "DISCLOSED",
				"PRESENTATION_TOKEN_EXPIRED", "PRESENTATION_TOKEN_EXPIRED");
	}

	@Test
	void hotelGetsNameIdNumberAndPhotoOnlyOnceAndTheHolderSeesTheUse() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		Http.Reply presented = present(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		assertThat(presented.status()).isEqualTo(201);
		String token = presented.json().get("token").asString();
		assertThat(token).hasSize(32);
		byte[] png = Base64.getDecoder()
			.decode(presented.json().get("qrPng").asString().substring("data:image/png;base64,".length()));
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');

		Http.Reply verified = verify("hotel-verifier", token);

		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(verified.json().get("authentic").asBoolean()).isTrue();
		assertThat(verified.json().get("status").asString()).isEqualTo("01");
		assertThat(verified.json().get("fields").propertyNames()).containsExactlyInAnyOrder("name", "idNumber",
				"photoRef");
		assertThat(verified.body()).doesNotContain("广州市越秀区");
		Http.Reply replay = verify("hotel-verifier", token);
		assertThat(replay.status()).isEqualTo(409);
		assertThat(replay.code()).isEqualTo("PRESENTATION_TOKEN_ALREADY_USED");

		Http.Reply uses = http().get("/api/v1/certificates/" + eId.id() + "/uses", "Authorization",
				resident(holder, 1));
		assertThat(uses.status()).isEqualTo(200);
		assertThat(outcomesSeenByHolder(holder, eId.id())).containsExactly("PRESENTATION_TOKEN_ALREADY_USED",
				"DISCLOSED");
		JsonNode disclosed = uses.json().get(1);
		assertThat(disclosed.get("userKind").asString()).isEqualTo("VERIFIER");
		assertThat(disclosed.get("userId").asString()).isEqualTo("hotel-verifier");
		assertThat(disclosed.get("purpose").asString()).isEqualTo("HOTEL_CHECK_IN");
		assertThat(disclosed.get("fieldsDisclosed").asString()).contains("idNumber");
		assertThat(disclosed.get("usedAt").asString()).isNotBlank();
		assertThat(uses.json().get(0).get("fieldsDisclosed").asString()).isEmpty();
		assertThat(uses.body()).doesNotContain("440106199001011237");
		assertThat(http().get("/api/v1/certificates/" + eId.id() + "/uses", "Authorization", resident(newSubject(), 2))
			.status()).isEqualTo(404);
	}

	@Test
	void holderMayShowFewerFieldsThanThePurposeAllows() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		String token = token(holder, eId.id(), "{\"fields\":[\"name\"]}");

		Http.Reply verified = verify("hotel-verifier", token);

		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().get("fields").propertyNames()).containsExactly("name");
	}

	@Test
	void verifierOfAnotherPurposeIsRefusedAndTheRefusalIsLogged() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		String token = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");

		Http.Reply refused = verify("ticket-verifier", token);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("DISCLOSURE_PURPOSE_MISMATCH");
		assertThat(refused.body()).doesNotContain("孙八");
		assertThat(this.jdbc.queryForObject(
				"SELECT outcome FROM certificate_use WHERE certificate_id = ? AND user_id = 'ticket-verifier'",
				String.class, eId.id()))
			.isEqualTo("DISCLOSURE_PURPOSE_MISMATCH");
	}

	@Test
	void tamperedCertificateFailsItsSignature() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		String token = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		String tampered = eId.signature().startsWith("A") ? "B" + eId.signature().substring(1)
				: "A" + eId.signature().substring(1);
		this.jdbc.update("UPDATE certificate SET signature = ? WHERE id = ?", tampered, eId.id());

		Http.Reply refused = verify("hotel-verifier", token);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("CERTIFICATE_SIGNATURE_INVALID");
		assertThat(refused.body()).doesNotContain("孙八");
		assertThat(outcomesSeenByHolder(holder, eId.id())).containsExactly("CERTIFICATE_SIGNATURE_INVALID");
	}

	@Test
	void revokedCertificateIsRefused() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		String token = token(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		Http.Reply revoked = http().post("/api/v1/certificates/" + eId.id() + "/status-changes",
				"{\"event\":\"REVOKE\",\"reason\":\"签发有误\"}", "Authorization", staff(POLICE, "dept_admin"));
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

		Http.Reply refused = verify("hotel-verifier", token);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("CERTIFICATE_NOT_USABLE");
		assertThat(outcomesSeenByHolder(holder, eId.id())).containsExactly("CERTIFICATE_NOT_USABLE");
		assertThat(present(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}").code())
			.isEqualTo("CERTIFICATE_NOT_USABLE");
	}

	@Test
	void expiredUnknownAndMalformedTokensAreRefusedWithTheirCodes() {
		assertThat(verify("hotel-verifier", "A".repeat(32)).code()).isEqualTo("PRESENTATION_TOKEN_EXPIRED");
		assertThat(verify("hotel-verifier", "not a token").code()).isEqualTo("PRESENTATION_TOKEN_MALFORMED");
		assertThat(
				http().post(VERIFY, "{}", "Authorization", TOKENS.client("hotel-verifier", "verifier").bearer()).code())
			.isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void onlyRegisteredVerifierSystemsMayVerify() {
		String holder = newSubject();
		String token = token(holder, eIdOf(holder).id(), "{\"purpose\":\"HOTEL_CHECK_IN\"}");

		assertThat(verify("unknown-client", token).code()).isEqualTo("VERIFIER_NOT_REGISTERED");
		assertThat(http().post(VERIFY, "{\"token\":\"" + token + "\"}", "Authorization", resident(holder, 3)).status())
			.isEqualTo(403);
		assertThat(http().post(VERIFY, "{\"token\":\"" + token + "\"}").status()).isEqualTo(401);
		assertThat(http()
			.post(VERIFY, "{\"token\":\"" + token + "\"}", "Authorization",
					TOKENS.client("hotel-verifier", "system").bearer())
			.status()).isEqualTo(200);
	}

	@Test
	void onlyTheHolderWithRealNameAssurancePresentsAndOnlyAllowedDisclosures() {
		String holder = newSubject();
		CertificateRow eId = eIdOf(holder);
		String path = "/api/v1/certificates/" + eId.id() + "/presentations";
		String body = "{\"purpose\":\"HOTEL_CHECK_IN\"}";

		assertThat(http().post(path, body, "Authorization", resident(holder, 1)).code())
			.isEqualTo("ASSURANCE_LEVEL_TOO_LOW");
		assertThat(http().post(path, body, "Authorization", resident(newSubject(), 2)).status()).isEqualTo(404);
		assertThat(present(holder, eId.id(), "{\"purpose\":\"PARTY\"}").code())
			.isEqualTo("DISCLOSURE_PURPOSE_NOT_ALLOWED");
		assertThat(present(holder, eId.id(), "{\"fields\":[\"shoeSize\"]}").code())
			.isEqualTo("DISCLOSURE_UNKNOWN_FIELD");
		assertThat(present(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\",\"fields\":[\"address\"]}").code())
			.isEqualTo("DISCLOSURE_EXCEEDS_PURPOSE");
		assertThat(present(holder, eId.id(), "{\"purpose\":\"HOTEL_CHECK_IN\",\"ttlSeconds\":3600}").code())
			.isEqualTo("PRESENTATION_REQUEST_INVALID");
		assertThat(present(holder, eId.id(), "{}").code()).isEqualTo("PRESENTATION_REQUEST_INVALID");
	}

	@Test
	void concurrentVerificationsOfOneTokenLetExactlyOneThrough() throws Exception {
		String holder = newSubject();
		String certificateId = eIdOf(holder).id();
		String token = token(holder, certificateId, "{\"purpose\":\"HOTEL_CHECK_IN\"}");
		int parallel = 8;
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				calls.add(() -> verify("hotel-verifier", token).status());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(200, 409).filteredOn((status) -> status == 200).hasSize(1);
			assertThat(outcomesSeenByHolder(holder, certificateId)).hasSize(parallel)
				.filteredOn("DISCLOSED"::equals)
				.hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
