package org.shengshi.certificate.keys;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.Http;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.certificate.signature.IssuerKey;
import org.shengshi.certificate.signature.KeyLookup;
import org.shengshi.certificate.signature.KeyRing;
import org.shengshi.certificate.signature.SignatureAlgorithm;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class KeysIT extends ServiceSupport {

	private static final String DEPARTMENT = "440100-SC";

	@Autowired
	private KeyRings rings;

	@Test
	void firstUseCreatesOneActiveSm2KeyPublishedAnonymously() {
		KeyRing ring = this.rings.ringFor(DEPARTMENT);
		IssuerKey active = ring.active().orElseThrow();
		assertThat(this.rings.ringFor(DEPARTMENT).active()).contains(active);

		Http.Reply all = http().get("/api/v1/certificates/keys");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains(active.kid()).contains("\"crv\":\"SM2\"").doesNotContain("encrypted");

		Http.Reply one = http().get("/api/v1/certificates/keys/" + active.kid());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("pem").asString()).isEqualTo(active.publicKeyPem());
		assertThat(http().get("/api/v1/certificates/keys/nope").code()).isEqualTo("KEY_NOT_FOUND");
	}

	@Test
	void departmentAdministratorRotatesAndTheOldKeyStaysPublishedAsRetired() {
		String department = "440100-RT";
		IssuerKey before = this.rings.ringFor(department).active().orElseThrow();

		Http.Reply rotated = http().post("/api/v1/certificates/keys/rotations", "", "Authorization",
				staff(department, "dept_admin"));

		assertThat(rotated.status()).isEqualTo(201);
		String next = rotated.json().get("jwk").get("kid").asString();
		KeyRing ring = this.rings.ringOf(department);
		assertThat(ring.active().orElseThrow().kid()).isEqualTo(next).isNotEqualTo(before.kid());
		assertThat(ring.find(before.kid()).orElseThrow().isActive()).isFalse();
		assertThat(http().get("/api/v1/certificates/keys/" + before.kid()).json().get("jwk").get("retired").asBoolean())
			.isTrue();
	}

	@Test
	void onlyADepartmentAdministratorRotates() {
		assertThat(http()
			.post("/api/v1/certificates/keys/rotations", "", "Authorization", staff(DEPARTMENT, "case_officer"))
			.status()).isEqualTo(403);
		assertThat(http().post("/api/v1/certificates/keys/rotations", "").status()).isEqualTo(401);
	}

	@Test
	void verificationKeysFindEveryKeyOfTheDepartmentAcrossRotationsAndNoneOfAnother() {
		String department = "440100-VK";
		String first = this.rings.ringFor(department).active().orElseThrow().kid();
		KeyLookup keys = this.rings.verificationKeys(department);
		assertThat(keys.find(first)).isPresent();

		String second = this.rings.rotate(department, SignatureAlgorithm.SM2_SM3).kid();

		assertThat(keys.find(second)).as("a key made after the first lookup").isPresent();
		assertThat(keys.find(first)).as("the retired key still verifies").isPresent();
		assertThat(this.rings.verificationKeys("440100-XX").find(first)).isEmpty();
		assertThat(this.rings.verificationKeys("440100-XX").find(second)).isEmpty();
		assertThat(keys.find("unknown-kid")).isEmpty();
	}

}
