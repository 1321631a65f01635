package org.shengshi.certificate.config;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the e-certificate service ({@code shengshi.cert.*}).
 *
 * @param kek base64 32-byte key-encryption key sealing issuer private keys (env
 * {@code SHENGSHI_CERT_KEK})
 * @param presentationTtl lifetime of a QR presentation token (10 s – 5 min)
 * @param verifiers registered verifier clients: client id → verifier purpose code
 */
@ConfigurationProperties("shengshi.cert")
public record CertificateProperties(String kek, Duration presentationTtl, Map<String, String> verifiers) {

	public CertificateProperties {
		presentationTtl = (presentationTtl != null) ? presentationTtl : Duration.ofSeconds(60);
		verifiers = (verifiers != null) ? Map.copyOf(verifiers) : Map.of();
	}

}
