package org.shengshi.platform.idempotency;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

	@Test
	void acceptsOneTo128LettersDigitsUnderscoresAndHyphens() {
		assertThat(RequestFingerprint.isValidKey("a")).isTrue();
		assertThat(RequestFingerprint.isValidKey("0f8fad5b-d9cb-469f-a165-70867728950e")).isTrue();
		assertThat(RequestFingerprint.isValidKey("A_b-9".repeat(25) + "xyz")).isTrue();
	}

	@Test
	void rejectsEmptyLongAndOtherCharacters() {
		for (String key : List.of("", "x".repeat(129), "a b", "a.b", "a/b", "ключ", "a\nb", "a:b")) {
			assertThat(RequestFingerprint.isValidKey(key)).as(key).isFalse();
		}
		assertThat(RequestFingerprint.isValidKey(null)).isFalse();
	}

	@Test
	void redisKeyDependsOnSubjectMethodPathAndKey() {
		String base = key("sub:u1", "POST", "/api/v1/cases", "k1");

		assertThat(key("sub:u1", "POST", "/api/v1/cases", "k1")).isEqualTo(base);
		assertThat(key("sub:u2", "POST", "/api/v1/cases", "k1")).isNotEqualTo(base);
		assertThat(key("sub:u1", "PUT", "/api/v1/cases", "k1")).isNotEqualTo(base);
		assertThat(key("sub:u1", "POST", "/api/v1/payments", "k1")).isNotEqualTo(base);
		assertThat(key("sub:u1", "POST", "/api/v1/cases", "k2")).isNotEqualTo(base);
		assertThat(base).startsWith("shengshi:idempotency:case-service:").hasSize(34 + 64);
	}

	@Test
	void fieldBoundariesCannotBeShifted() {
		assertThat(key("sub:u1", "POST", "/a", "bc")).isNotEqualTo(key("sub:u1", "POST", "/ab", "c"));
	}

	@Test
	void containerParsedBodiesAreRecognised() {
		assertThat(RequestFingerprint.parsedByContainer("application/x-www-form-urlencoded; charset=UTF-8")).isTrue();
		assertThat(RequestFingerprint.parsedByContainer("multipart/form-data; boundary=x")).isTrue();
		assertThat(RequestFingerprint.parsedByContainer("application/json")).isFalse();
		assertThat(RequestFingerprint.parsedByContainer(null)).isFalse();
		assertThat(RequestFingerprint.parsedByContainer("not a type")).isFalse();
	}

	private static String key(String subject, String method, String path, String key) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		return RequestFingerprint.redisKey("shengshi:idempotency", "case-service", subject, request, key);
	}

}
