package org.shengshi.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's token endpoint in service tests: an RSA key whose JWKS is
 * served over real HTTP on loopback, so services validate test tokens through the same
 * decoder, issuer and audience checks as in production. Journeys use the real Keycloak.
 */
public final class TestJwtIssuer {

	public static final String AUDIENCE = "shengshi-api";

	private static volatile TestJwtIssuer shared;

	private final RSAKey signingKey;

	private final RSAKey foreignKey;

	private final HttpServer server;

	private final String issuer;

	private TestJwtIssuer() {
		this.signingKey = newKey("test-key-1");
		this.foreignKey = newKey("test-key-1");
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] jwks = new JWKSet(this.signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		this.server.createContext("/realms/shengshi/protocol/openid-connect/certs", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		});
		this.server.start();
		this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/shengshi";
	}

	public static TestJwtIssuer shared() {
		TestJwtIssuer instance = shared;
		if (instance == null) {
			synchronized (TestJwtIssuer.class) {
				instance = shared;
				if (instance == null) {
					instance = new TestJwtIssuer();
					shared = instance;
				}
			}
		}
		return instance;
	}

	public String issuer() {
		return this.issuer;
	}

	public String jwkSetUri() {
		return this.issuer + "/protocol/openid-connect/certs";
	}

	/**
	 * Starts a token for a resident with the given subject, real-name verified (loa 2).
	 */
	public TestToken resident(String subject) {
		return new TestToken(this, subject).roles("resident").loa(2);
	}

	/**
	 * Starts a token for a staff member of a department with the given roles.
	 */
	public TestToken staff(String subject, String department, String... roles) {
		return new TestToken(this, subject).roles(roles).department(department).loa(2);
	}

	/**
	 * Starts a token for a system client (client credentials grant).
	 */
	public TestToken client(String clientId, String... roles) {
		return new TestToken(this, "service-account-" + clientId).clientId(clientId).roles(roles);
	}

	String sign(JWTClaimsSet claims, boolean foreign) {
		RSAKey key = foreign ? this.foreignKey : this.signingKey;
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(keyId)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String newJwtId() {
		return UUID.randomUUID().toString();
	}

}
