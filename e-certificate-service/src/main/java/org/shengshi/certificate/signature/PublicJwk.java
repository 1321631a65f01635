package org.shengshi.certificate.signature;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published issuer public key in JWK form (RFC 7517), e.g.
 * {@code {"kty":"EC","crv":"SM2","x":"…","y":"…","kid":"…","alg":"SM2-SM3","use":"sig"}}
 * plus the issuing department. Coordinates are unsigned big-endian, left-padded to the
 * field size, base64url without padding.
 *
 * @param kty key type, always {@code EC}
 * @param crv {@code SM2} or {@code P-256}
 * @param x x coordinate
 * @param y y coordinate
 * @param kid key id
 * @param alg {@code SM2-SM3} or {@code ES256}
 * @param use always {@code sig}
 * @param department issuing department code
 * @param retired whether the key no longer signs (it still verifies older certificates)
 */
public record PublicJwk(String kty, String crv, String x, String y, String kid, String alg, String use,
		String department, boolean retired) {

	static PublicJwk of(IssuerKey key) {
		ECPublicKey ec = (ECPublicKey) key.publicKey();
		int length = key.algorithm().coordinateLength();
		return new PublicJwk("EC", key.algorithm().jwkCurve(), coordinate(ec.getW().getAffineX(), length),
				coordinate(ec.getW().getAffineY(), length), key.kid(), key.algorithm().jwsAlgorithm(), "sig",
				key.departmentCode(), !key.isActive());
	}

	/**
	 * RFC 7638-style thumbprint: base64url SHA-256 of the canonical JSON of the required
	 * members {@code crv, kty, x, y}. Used as the key id.
	 */
	static String thumbprint(SignatureAlgorithm algorithm, ECPublicKey key) {
		int length = algorithm.coordinateLength();
		Map<String, Object> required = Map.of("kty", "EC", "crv", algorithm.jwkCurve(), "x",
				coordinate(key.getW().getAffineX(), length), "y", coordinate(key.getW().getAffineY(), length));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(CanonicalJson.write(required).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The members as an ordered map, ready for any JSON writer. */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kty", this.kty);
		map.put("crv", this.crv);
		map.put("x", this.x);
		map.put("y", this.y);
		map.put("kid", this.kid);
		map.put("alg", this.alg);
		map.put("use", this.use);
		map.put("department", this.department);
		map.put("retired", this.retired);
		return map;
	}

	/** Canonical JSON text of {@link #toMap()}. */
	public String toJson() {
		return CanonicalJson.write(toMap());
	}

	private static String coordinate(BigInteger value, int length) {
		byte[] raw = value.toByteArray();
		byte[] fixed = new byte[length];
		int copy = Math.min(raw.length, length);
		System.arraycopy(raw, raw.length - copy, fixed, length - copy, copy);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
	}

}
