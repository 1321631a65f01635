package org.shengshi.certificate.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CertificateContentTest {

	private static final String CANONICAL = "{\"fields\":{\"idNumber\":\"440106199001011234\",\"name\":\"张三\","
			+ "\"photoRef\":\"photo:7f3a\"},\"format\":\"shengshi-certificate/1\","
			+ "\"id\":\"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.E\","
			+ "\"issuedAt\":\"2025-03-01T08:00:00.250Z\",\"issuer\":\"1144010000002001XN\","
			+ "\"type\":\"111000000000190198001\",\"validFrom\":\"2025-03-01\",\"validUntil\":\"2045-03-01\"}";

	// SM2/SM3 signature of CANONICAL made once with the GB/T 32918.5 appendix A private
	// key
	// (see SignatureAlgorithmTest) and stored: certificates issued under this content
	// format must keep verifying, so the canonical bytes may never drift.
	private static final String STORED_SIGNATURE = "MEUCIQCAYilRaCtXaHZVyeDbH3lZHt8MyR95_vdn6t1KfB0MTAIgO6X4a8AxOoTyRpOVt0XRvZPmod_hYZkQBOZCU8uNSO0";

	@Test
	void encodesTheSignedContentCanonically() {
		assertThat(new String(sample().canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(CANONICAL);
	}

	@Test
	void aSignatureStoredLongAgoStillVerifies() throws Exception {
		byte[] signature = Base64.getUrlDecoder().decode(STORED_SIGNATURE);
		assertThat(SignatureAlgorithm.SM2_SM3.verify(SignatureAlgorithmTest.sm2PublicKey(), sample().canonicalBytes(),
				signature))
			.isTrue();
	}

	@Test
	void theStoredSignatureFailsForAnyChangedField() throws Exception {
		byte[] signature = Base64.getUrlDecoder().decode(STORED_SIGNATURE);
		Map<String, Object> fields = new LinkedHashMap<>(sample().fields());
		fields.put("name", "张四");
		CertificateContent changed = new CertificateContent(sample().identifier(), sample().typeCode(),
				sample().issuerCode(), sample().issuedAt(), sample().validFrom(), sample().validUntil(), fields);
		assertThat(SignatureAlgorithm.SM2_SM3.verify(SignatureAlgorithmTest.sm2PublicKey(), changed.canonicalBytes(),
				signature))
			.isFalse();
	}

	@Test
	void fieldOrderAndSubMillisecondTimeDoNotChangeTheBytes() {
		Map<String, Object> reversed = new LinkedHashMap<>();
		reversed.put("photoRef", "photo:7f3a");
		reversed.put("idNumber", "440106199001011234");
		reversed.put("name", "张三");
		CertificateContent same = new CertificateContent(sample().identifier(), sample().typeCode(),
				sample().issuerCode(), Instant.parse("2025-03-01T08:00:00.250999Z"), sample().validFrom(),
				sample().validUntil(), reversed);
		assertThat(same.canonicalBytes()).isEqualTo(sample().canonicalBytes());
	}

	@Test
	void leavesOutAnOpenEndAndRefusesAnInvertedValidity() {
		CertificateContent open = new CertificateContent("id", "type", "issuer", Instant.EPOCH,
				LocalDate.parse("2025-01-01"), null, Map.of("a", "b"));
		assertThat(new String(open.canonicalBytes(), StandardCharsets.UTF_8)).doesNotContain("validUntil")
			.contains("\"issuedAt\":\"1970-01-01T00:00:00Z\"");
		assertThatIllegalArgumentException().isThrownBy(() -> new CertificateContent("id", "type", "issuer",
				Instant.EPOCH, LocalDate.parse("2025-01-02"), LocalDate.parse("2025-01-01"), Map.of()));
		Map<String, Object> withNull = new LinkedHashMap<>();
		withNull.put("a", null);
		assertThatNullPointerException().isThrownBy(() -> new CertificateContent("id", "type", "issuer", Instant.EPOCH,
				LocalDate.parse("2025-01-01"), null, withNull));
	}

	private static CertificateContent sample() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", "张三");
		fields.put("idNumber", "440106199001011234");
		fields.put("photoRef", "photo:7f3a");
		return new CertificateContent("1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.E",
				"111000000000190198001", "1144010000002001XN", Instant.parse("2025-03-01T08:00:00.250Z"),
				LocalDate.parse("2025-03-01"), LocalDate.parse("2045-03-01"), fields);
	}

}
