package org.shengshi.certificate.config;

import java.time.Clock;

import org.shengshi.certificate.disclosure.DisclosurePolicy;
import org.shengshi.certificate.presentation.PresentationIssuer;
import org.shengshi.certificate.presentation.PresentationTokenGenerator;
import org.shengshi.certificate.signature.CertificateSigner;
import org.shengshi.certificate.signature.CertificateVerifier;
import org.shengshi.certificate.signature.IssuerKeyGenerator;
import org.shengshi.certificate.signature.KeyEncryptionKey;
import org.shengshi.certificate.type.CertificateTypeCatalog;
import org.shengshi.certificate.type.CertificateTypeLoader;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plain-Java domain core as beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	KeyEncryptionKey keyEncryptionKey(CertificateProperties properties) {
		if (properties.kek() == null || properties.kek().isBlank()) {
			throw new IllegalStateException("SHENGSHI_CERT_KEK (shengshi.cert.kek) is not set: "
					+ "a base64 32-byte key-encryption key is required");
		}
		try {
			return KeyEncryptionKey.fromBase64(properties.kek());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("SHENGSHI_CERT_KEK (shengshi.cert.kek) is not a base64 32-byte key");
		}
	}

	@Bean
	CertificateTypeCatalog certificateTypeCatalog() {
		return new CertificateTypeLoader().loadDefault();
	}

	@Bean
	DisclosurePolicy disclosurePolicy() {
		return new DisclosurePolicy();
	}

	@Bean
	CertificateSigner certificateSigner(KeyEncryptionKey kek) {
		return new CertificateSigner(kek);
	}

	@Bean
	CertificateVerifier certificateVerifier() {
		return new CertificateVerifier();
	}

	@Bean
	IssuerKeyGenerator issuerKeyGenerator(KeyEncryptionKey kek, Clock clock) {
		return new IssuerKeyGenerator(kek, clock);
	}

	@Bean
	PresentationIssuer presentationIssuer(Clock clock) {
		return new PresentationIssuer(new PresentationTokenGenerator(), clock);
	}

}
