package org.shengshi.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads real Keycloak tokens and forges the bad ones the platform must refuse.
 */
final class Jwt {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private Jwt() {
	}

	static JsonNode claims(String token) {
		return JSON.readTree(DECODER.decode(token.split("\\.")[1]));
	}

	static JsonNode header(String token) {
		return JSON.readTree(DECODER.decode(token.split("\\.")[0]));
	}

	/**
	 * The real token with one character of its signature changed: header and claims
	 * intact.
	 */
	static String tampered(String token) {
		int signatureStart = token.lastIndexOf('.') + 1;
		int index = signatureStart + (token.length() - signatureStart) / 2;
		char replacement = (token.charAt(index) == 'A') ? 'B' : 'A';
		return token.substring(0, index) + replacement + token.substring(index + 1);
	}

	/**
	 * The real token's header and claims (same issuer, audience, kid) with {@code exp}
	 * ten minutes in the past, signed by a key the platform has never seen.
	 */
	static String expiredFromStranger(String realToken) {
		ObjectNode claims = (ObjectNode) claims(realToken);
		long now = Instant.now().getEpochSecond();
		claims.put("iat", now - 900);
		claims.put("nbf", now - 900);
		claims.put("exp", now - 600);
		String signingInput = ENCODER.encodeToString(JSON.writeValueAsBytes(header(realToken))) + "."
				+ ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair stranger = generator.generateKeyPair();
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(stranger.getPrivate());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + ENCODER.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
