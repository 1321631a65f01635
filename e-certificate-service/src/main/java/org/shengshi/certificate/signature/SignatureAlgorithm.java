package org.shengshi.certificate.signature;

import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

/**
 * Signature algorithms an issuer key can use. SM2 with SM3 (GB/T 32918, GB/T 32905) is
 * the default for Chinese verifiers; ECDSA on P-256 with SHA-256 (JOSE {@code ES256}) is
 * offered to international verifiers. Signatures are DER-encoded {@code SEQUENCE {r, s}}
 * in both cases.
 */
public enum SignatureAlgorithm {

	/** SM2 signature with SM3 digest, signer id {@value #DEFAULT_SM2_USER_ID}. */
	SM2_SM3("SM3withSM2", "sm2p256v1", "SM2", "SM2-SM3"),

	/** ECDSA on NIST P-256 with SHA-256. */
	ECDSA_P256_SHA256("SHA256withECDSA", "secp256r1", "P-256", "ES256");

	/**
	 * The SM2 signer identity used when none is agreed (GM/T 0009 default), entering the
	 * signature through Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA).
	 */
	public static final String DEFAULT_SM2_USER_ID = "1234567812345678";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String jcaName;

	private final String curveName;

	private final String jwkCurve;

	private final String jwsAlgorithm;

	private volatile ECParameterSpec curve;

	SignatureAlgorithm(String jcaName, String curveName, String jwkCurve, String jwsAlgorithm) {
		this.jcaName = jcaName;
		this.curveName = curveName;
		this.jwkCurve = jwkCurve;
		this.jwsAlgorithm = jwsAlgorithm;
	}

	/** Curve name in published keys ({@code crv}): {@code SM2} or {@code P-256}. */
	public String jwkCurve() {
		return this.jwkCurve;
	}

	/**
	 * Algorithm name in published keys ({@code alg}): {@code ES256}, or {@code SM2-SM3}
	 * (not registered with IANA; used by Chinese JOSE profiles).
	 */
	public String jwsAlgorithm() {
		return this.jwsAlgorithm;
	}

	/** A fresh key pair on this algorithm's curve. */
	public KeyPair generateKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
			generator.initialize(new ECGenParameterSpec(this.curveName), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot generate " + this + " key pair", ex);
		}
	}

	/**
	 * Signs {@code content}.
	 * @param key a private key of this algorithm
	 * @param content the exact bytes to sign
	 * @return DER-encoded signature
	 */
	public byte[] sign(PrivateKey key, byte[] content) {
		return sign(key, content, RANDOM);
	}

	byte[] sign(PrivateKey key, byte[] content, SecureRandom random) {
		requireCurve(key);
		try {
			Signature signature = newSignature();
			signature.initSign(key, random);
			signature.update(content);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with " + this, ex);
		}
	}

	/**
	 * Whether {@code signature} is a valid signature of {@code content} by {@code key}. A
	 * malformed signature is simply not valid.
	 * @param key a public key of this algorithm
	 * @param content the exact bytes that were signed
	 * @param signature DER-encoded signature
	 * @return {@code true} only for a valid signature
	 */
	public boolean verify(PublicKey key, byte[] content, byte[] signature) {
		requireCurve(key);
		try {
			Signature verifier = newSignature();
			verifier.initVerify(key);
			verifier.update(content);
			return verifier.verify(signature);
		}
		catch (SignatureException | InvalidKeyException ex) {
			return false;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot verify with " + this, ex);
		}
	}

	/**
	 * Decodes a DER SubjectPublicKeyInfo and checks it is on this algorithm's curve.
	 * @throws IllegalArgumentException for malformed encodings or keys on another curve
	 */
	public PublicKey decodePublicKey(byte[] subjectPublicKeyInfo) {
		try {
			PublicKey key = KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
				.generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
			requireCurve(key);
			return key;
		}
		catch (GeneralSecurityException | IllegalStateException ex) {
			throw new IllegalArgumentException("not a " + this + " public key", ex);
		}
	}

	/**
	 * Decodes a DER PKCS#8 private key and checks it is on this algorithm's curve.
	 * @throws IllegalArgumentException for malformed encodings or keys on another curve
	 */
	public PrivateKey decodePrivateKey(byte[] pkcs8) {
		try {
			PrivateKey key = KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
				.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
			requireCurve(key);
			return key;
		}
		catch (GeneralSecurityException | IllegalStateException ex) {
			throw new IllegalArgumentException("not a " + this + " private key", ex);
		}
	}

	/**
	 * Whether {@code key} is an EC key on this algorithm's curve.
	 */
	public boolean accepts(Key key) {
		if (!(key instanceof ECKey ecKey)) {
			return false;
		}
		ECParameterSpec expected = curve();
		ECParameterSpec actual = ecKey.getParams();
		return actual.getCurve().equals(expected.getCurve()) && actual.getOrder().equals(expected.getOrder())
				&& actual.getGenerator().equals(expected.getGenerator());
	}

	/** Field size of the curve in bytes (32 for both curves). */
	int coordinateLength() {
		return (curve().getCurve().getField().getFieldSize() + 7) / 8;
	}

	private void requireCurve(Key key) {
		if (!accepts(key)) {
			throw new IllegalStateException("key is not on the " + this.curveName + " curve");
		}
	}

	private Signature newSignature() throws GeneralSecurityException {
		Signature signature = Signature.getInstance(this.jcaName, BouncyCastle.PROVIDER);
		if (this == SM2_SM3) {
			signature.setParameter(new SM2ParameterSpec(DEFAULT_SM2_USER_ID.getBytes(StandardCharsets.US_ASCII)));
		}
		return signature;
	}

	private ECParameterSpec curve() {
		ECParameterSpec spec = this.curve;
		if (spec == null) {
			try {
				AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", BouncyCastle.PROVIDER);
				parameters.init(new ECGenParameterSpec(this.curveName));
				spec = parameters.getParameterSpec(ECParameterSpec.class);
				this.curve = spec;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("curve " + this.curveName + " unavailable", ex);
			}
		}
		return spec;
	}

	/**
	 * The algorithm published under a JOSE {@code alg} name.
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static SignatureAlgorithm fromJwsAlgorithm(String alg) {
		return Arrays.stream(values())
			.filter((candidate) -> candidate.jwsAlgorithm.equals(alg))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown signature algorithm " + alg));
	}

}
