package org.shengshi.certificate.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeyRingTest {

	private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

	private final KeyEncryptionKey kek = KeyEncryptionKey.generate();

	private final CertificateSigner signer = new CertificateSigner(this.kek);

	private final CertificateVerifier verifier = new CertificateVerifier();

	private final byte[] content = CanonicalJson.bytes(java.util.Map.of("id", "1", "name", "张三"));

	@Test
	void signsWithTheActiveKeyAndVerifiesByKeyId() {
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		CertificateSignature signature = this.signer.sign(ring, this.content);
		assertThat(signature.kid()).isEqualTo(ring.active().orElseThrow().kid());
		assertThat(signature.algorithm()).isEqualTo(SignatureAlgorithm.SM2_SM3);
		assertThat(this.verifier.verify(ring, this.content, signature)).isEqualTo(VerificationResult.VALID);
	}

	@Test
	void certificatesSignedBeforeARotationStillVerify() {
		KeyRing before = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		CertificateSignature old = this.signer.sign(before, this.content);

		IssuerKey next = key("440100-GA", SignatureAlgorithm.SM2_SM3, T0.plusSeconds(3600));
		KeyRing after = before.rotate(next, T0.plusSeconds(3600));
		CertificateSignature fresh = this.signer.sign(after, this.content);

		assertThat(after.keys()).hasSize(2);
		assertThat(after.active()).contains(next);
		assertThat(after.find(old.kid()).orElseThrow().isActive()).isFalse();
		assertThat(fresh.kid()).isEqualTo(next.kid()).isNotEqualTo(old.kid());
		assertThat(this.verifier.verify(after, this.content, old)).isEqualTo(VerificationResult.VALID);
		assertThat(this.verifier.verify(after, this.content, fresh)).isEqualTo(VerificationResult.VALID);
		assertThat(after.published()).extracting(PublicJwk::kid).containsExactly(old.kid(), fresh.kid());
	}

	@Test
	void aSignatureClaimingAnotherKeyIdDoesNotVerify() {
		IssuerKey first = key("440100-GA", SignatureAlgorithm.SM2_SM3, T0);
		KeyRing ring = ringWith(first).rotate(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0.plusSeconds(1)),
				T0.plusSeconds(1));
		CertificateSignature signature = this.signer.sign(ring, this.content);

		CertificateSignature unknown = new CertificateSignature("no-such-key", signature.algorithm(),
				signature.value());
		assertThat(this.verifier.verify(ring, this.content, unknown)).isEqualTo(VerificationResult.UNKNOWN_KEY);

		CertificateSignature otherKey = new CertificateSignature(first.kid(), signature.algorithm(), signature.value());
		assertThat(this.verifier.verify(ring, this.content, otherKey)).isEqualTo(VerificationResult.INVALID_SIGNATURE);
	}

	@Test
	void aSignatureClaimingAnotherAlgorithmDoesNotVerify() {
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		CertificateSignature signature = this.signer.sign(ring, this.content);
		CertificateSignature relabelled = new CertificateSignature(signature.kid(),
				SignatureAlgorithm.ECDSA_P256_SHA256, signature.value());
		assertThat(this.verifier.verify(ring, this.content, relabelled))
			.isEqualTo(VerificationResult.ALGORITHM_MISMATCH);
	}

	@Test
	void tamperedContentOrSignatureDoesNotVerify() {
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.ECDSA_P256_SHA256, T0));
		CertificateSignature signature = this.signer.sign(ring, this.content);
		byte[] tamperedContent = this.content.clone();
		tamperedContent[5] ^= 1;
		assertThat(this.verifier.verify(ring, tamperedContent, signature))
			.isEqualTo(VerificationResult.INVALID_SIGNATURE);
		byte[] tamperedValue = signature.value();
		tamperedValue[tamperedValue.length - 1] ^= 1;
		assertThat(this.verifier.verify(ring, this.content,
				new CertificateSignature(signature.kid(), signature.algorithm(), tamperedValue)))
			.isEqualTo(VerificationResult.INVALID_SIGNATURE);
	}

	@Test
	void aRememberedValidSignatureStillCatchesEveryChangedByte() {
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		CertificateSignature signature = this.signer.sign(ring, this.content);
		assertThat(this.verifier.verify(ring, this.content, signature)).isEqualTo(VerificationResult.VALID);
		assertThat(this.verifier.rememberedCount()).isEqualTo(1);

		for (int i = 0; i < this.content.length; i++) {
			byte[] tampered = this.content.clone();
			tampered[i] ^= 1;
			assertThat(this.verifier.verify(ring, tampered, signature)).as("content byte %d flipped", i)
				.isEqualTo(VerificationResult.INVALID_SIGNATURE);
		}
		byte[] tamperedValue = signature.value();
		tamperedValue[3] ^= 1;
		assertThat(this.verifier.verify(ring, this.content,
				new CertificateSignature(signature.kid(), signature.algorithm(), tamperedValue)))
			.isEqualTo(VerificationResult.INVALID_SIGNATURE);
		KeyRing otherKeySameKid = new KeyRing("440100-GA",
				List.of(keyWithKid(signature.kid(), key("440100-GA", SignatureAlgorithm.SM2_SM3, T0))));
		assertThat(this.verifier.verify(otherKeySameKid, this.content, signature))
			.as("another public key under the same key id is checked in full")
			.isEqualTo(VerificationResult.INVALID_SIGNATURE);

		assertThat(this.verifier.verify(ring, this.content, signature)).isEqualTo(VerificationResult.VALID);
		assertThat(this.verifier.rememberedCount()).as("only valid results are remembered").isEqualTo(1);
	}

	@Test
	void theMemoryOfVerifiedSignaturesIsBounded() {
		CertificateVerifier small = new CertificateVerifier(2);
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		for (int i = 0; i < 5; i++) {
			byte[] content = CanonicalJson.bytes(java.util.Map.of("id", String.valueOf(i)));
			assertThat(small.verify(ring, content, this.signer.sign(ring, content)))
				.isEqualTo(VerificationResult.VALID);
			assertThat(small.rememberedCount()).isBetween(1, 2);
		}
		CertificateVerifier none = new CertificateVerifier(0);
		CertificateSignature signature = this.signer.sign(ring, this.content);
		assertThat(none.verify(ring, this.content, signature)).isEqualTo(VerificationResult.VALID);
		assertThat(none.rememberedCount()).isZero();
	}

	private static IssuerKey keyWithKid(String kid, IssuerKey key) {
		return new IssuerKey(kid, key.departmentCode(), key.algorithm(), key.publicKey(), key.encryptedPrivateKey(),
				key.createdAt(), key.retiredAt());
	}

	@Test
	void aSignatureSurvivesItsTextForm() {
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		CertificateSignature signature = this.signer.sign(ring, this.content);
		CertificateSignature copy = CertificateSignature.of(signature.kid(), signature.algorithm(),
				signature.valueBase64Url());
		assertThat(copy).isEqualTo(signature);
		assertThat(copy.valueBase64Url()).doesNotContain("=", "+", "/");
	}

	@Test
	void cannotSignWithoutAnActiveKeyOrWithTheWrongKek() {
		IssuerKey retired = key("440100-GA", SignatureAlgorithm.SM2_SM3, T0).retire(T0.plusSeconds(1));
		assertThatExceptionOfType(SigningKeyUnavailableException.class)
			.isThrownBy(() -> this.signer.sign(ringWith(retired), this.content));
		assertThatExceptionOfType(SigningKeyUnavailableException.class)
			.isThrownBy(() -> this.signer.sign(KeyRing.empty("440100-GA"), this.content));
		KeyRing ring = ringWith(key("440100-GA", SignatureAlgorithm.SM2_SM3, T0));
		assertThatExceptionOfType(SigningKeyUnavailableException.class)
			.isThrownBy(() -> new CertificateSigner(KeyEncryptionKey.generate()).sign(ring, this.content));
	}

	@Test
	void holdsOnlyOneDepartmentsDistinctKeysWithAtMostOneActive() {
		IssuerKey a = key("440100-GA", SignatureAlgorithm.SM2_SM3, T0);
		IssuerKey b = key("440100-GA", SignatureAlgorithm.SM2_SM3, T0.plusSeconds(1));
		IssuerKey other = key("440100-MZ", SignatureAlgorithm.SM2_SM3, T0);
		assertThatIllegalArgumentException().isThrownBy(() -> new KeyRing("440100-GA", List.of(a, b)));
		assertThatIllegalArgumentException().isThrownBy(() -> new KeyRing("440100-GA", List.of(a, other)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KeyRing("440100-GA", List.of(a, a.retire(T0.plusSeconds(5)))));
		assertThatIllegalArgumentException().isThrownBy(() -> ringWith(a).rotate(a, T0.plusSeconds(2)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ringWith(a).rotate(b.retire(T0.plusSeconds(3)), T0.plusSeconds(3)));
		assertThat(new KeyRing("440100-GA", List.of(b, a.retire(T0.plusSeconds(1)))).keys()).extracting(IssuerKey::kid)
			.containsExactly(a.kid(), b.kid());
	}

	private IssuerKey key(String department, SignatureAlgorithm algorithm, Instant at) {
		return new IssuerKeyGenerator(this.kek, Clock.fixed(at, ZoneOffset.UTC)).generate(department, algorithm);
	}

	private static KeyRing ringWith(IssuerKey key) {
		return new KeyRing(key.departmentCode(), List.of(key));
	}

}
