package org.shengshi.certificate.signature;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.test.TestRandomBigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignatureAlgorithmTest {

	// GB/T 32918.5-2017 (GM/T 0003.5-2012) appendix A: signature on the recommended curve
	// with signer id 1234567812345678 and message "message digest"
	private static final BigInteger D = hex("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");

	private static final BigInteger X = hex("09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020");

	private static final BigInteger Y = hex("CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13");

	private static final String K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";

	private static final BigInteger R = hex("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3");

	private static final BigInteger S = hex("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA");

	private static final byte[] MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);

	@Test
	void verifiesThePublishedSm2Signature() throws Exception {
		PublicKey publicKey = sm2PublicKey();
		byte[] signature = der(R, S);
		assertThat(SignatureAlgorithm.SM2_SM3.verify(publicKey, MESSAGE, signature)).isTrue();
		assertThat(SignatureAlgorithm.SM2_SM3.verify(publicKey, "message digesT".getBytes(StandardCharsets.US_ASCII),
				signature))
			.isFalse();
	}

	@Test
	void thePublishedPublicKeyIsThePrivateKeyTimesTheGenerator() {
		org.bouncycastle.math.ec.ECPoint q = org.bouncycastle.jce.ECNamedCurveTable.getParameterSpec("sm2p256v1")
			.getG()
			.multiply(D)
			.normalize();
		assertThat(q.getAffineXCoord().toBigInteger()).isEqualTo(X);
		assertThat(q.getAffineYCoord().toBigInteger()).isEqualTo(Y);
	}

	@Test
	void reproducesThePublishedSm2SignatureWithTheStandardsRandomNumber() throws Exception {
		PrivateKey privateKey = KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
			.generatePrivate(new ECPrivateKeySpec(D, sm2Curve()));
		byte[] signature = SignatureAlgorithm.SM2_SM3.sign(privateKey, MESSAGE, new TestRandomBigInteger(K, 16));
		ASN1Sequence rs = ASN1Sequence.getInstance(signature);
		assertThat(ASN1Integer.getInstance(rs.getObjectAt(0)).getValue()).isEqualTo(R);
		assertThat(ASN1Integer.getInstance(rs.getObjectAt(1)).getValue()).isEqualTo(S);
	}

	@ParameterizedTest
	@EnumSource(SignatureAlgorithm.class)
	void signsAndVerifies(SignatureAlgorithm algorithm) {
		KeyPair pair = algorithm.generateKeyPair();
		byte[] content = CanonicalJson.bytes(java.util.Map.of("name", "张三", "n", 1));
		byte[] signature = algorithm.sign(pair.getPrivate(), content);
		assertThat(algorithm.verify(pair.getPublic(), content, signature)).isTrue();
		assertThat(algorithm.verify(algorithm.generateKeyPair().getPublic(), content, signature)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(SignatureAlgorithm.class)
	void rejectsContentWithAnyFlippedByte(SignatureAlgorithm algorithm) {
		KeyPair pair = algorithm.generateKeyPair();
		byte[] content = "{\"id\":\"1.2.156.3005.2\",\"name\":\"王五\"}".getBytes(StandardCharsets.UTF_8);
		byte[] signature = algorithm.sign(pair.getPrivate(), content);
		for (int i = 0; i < content.length; i++) {
			byte[] tampered = content.clone();
			tampered[i] ^= 0x01;
			assertThat(algorithm.verify(pair.getPublic(), tampered, signature)).as("byte %d", i).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(SignatureAlgorithm.class)
	void rejectsASignatureWithAnyFlippedByte(SignatureAlgorithm algorithm) {
		KeyPair pair = algorithm.generateKeyPair();
		byte[] content = "certificate".getBytes(StandardCharsets.UTF_8);
		byte[] signature = algorithm.sign(pair.getPrivate(), content);
		for (int i = 0; i < signature.length; i++) {
			byte[] tampered = signature.clone();
			tampered[i] ^= 0x01;
			assertThat(algorithm.verify(pair.getPublic(), content, tampered)).as("byte %d", i).isFalse();
		}
		assertThat(algorithm.verify(pair.getPublic(), content, new byte[0])).isFalse();
	}

	@Test
	void ecdsaSignaturesVerifyWithTheJdksOwnProvider() throws Exception {
		KeyPair pair = SignatureAlgorithm.ECDSA_P256_SHA256.generateKeyPair();
		byte[] content = "international verifier".getBytes(StandardCharsets.UTF_8);
		byte[] signature = SignatureAlgorithm.ECDSA_P256_SHA256.sign(pair.getPrivate(), content);
		PublicKey jdkKey = KeyFactory.getInstance("EC")
			.generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded()));
		Signature jdk = Signature.getInstance("SHA256withECDSA");
		jdk.initVerify(jdkKey);
		jdk.update(content);
		assertThat(jdk.getProvider().getName()).isNotEqualTo(BouncyCastle.PROVIDER.getName());
		assertThat(jdk.verify(signature)).isTrue();
	}

	@Test
	void keepsKeysToTheirOwnCurve() {
		KeyPair p256 = SignatureAlgorithm.ECDSA_P256_SHA256.generateKeyPair();
		assertThat(SignatureAlgorithm.SM2_SM3.accepts(p256.getPublic())).isFalse();
		assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.accepts(p256.getPublic())).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignatureAlgorithm.SM2_SM3.decodePublicKey(p256.getPublic().getEncoded()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignatureAlgorithm.SM2_SM3.decodePrivateKey(p256.getPrivate().getEncoded()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SignatureAlgorithm.ECDSA_P256_SHA256.decodePublicKey(new byte[] { 1, 2, 3 }));
	}

	@Test
	void decodesWhatItEncodes() {
		KeyPair pair = SignatureAlgorithm.SM2_SM3.generateKeyPair();
		assertThat(SignatureAlgorithm.SM2_SM3.decodePublicKey(pair.getPublic().getEncoded()))
			.isEqualTo(pair.getPublic());
		assertThat(SignatureAlgorithm.SM2_SM3.decodePrivateKey(pair.getPrivate().getEncoded()).getEncoded())
			.isEqualTo(pair.getPrivate().getEncoded());
	}

	@Test
	void findsAlgorithmsByTheirPublishedName() {
		assertThat(SignatureAlgorithm.fromJwsAlgorithm("SM2-SM3")).isEqualTo(SignatureAlgorithm.SM2_SM3);
		assertThat(SignatureAlgorithm.fromJwsAlgorithm("ES256")).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
		assertThatIllegalArgumentException().isThrownBy(() -> SignatureAlgorithm.fromJwsAlgorithm("RS256"));
	}

	static PublicKey sm2PublicKey() throws Exception {
		return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
			.generatePublic(new ECPublicKeySpec(new ECPoint(X, Y), sm2Curve()));
	}

	static PrivateKey sm2PrivateKey() throws Exception {
		return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePrivate(new ECPrivateKeySpec(D, sm2Curve()));
	}

	private static ECParameterSpec sm2Curve() throws Exception {
		AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", BouncyCastle.PROVIDER);
		parameters.init(new ECGenParameterSpec("sm2p256v1"));
		return parameters.getParameterSpec(ECParameterSpec.class);
	}

	private static byte[] der(BigInteger r, BigInteger s) throws Exception {
		return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] { new ASN1Integer(r), new ASN1Integer(s) })
			.getEncoded();
	}

	private static BigInteger hex(String hex) {
		return new BigInteger(hex, 16);
	}

}
