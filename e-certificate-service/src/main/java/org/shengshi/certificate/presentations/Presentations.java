package org.shengshi.certificate.presentations;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.shengshi.certificate.certificates.CertificateQueries;
import org.shengshi.certificate.certificates.StoredCertificate;
import org.shengshi.certificate.config.CertificateProperties;
import org.shengshi.certificate.disclosure.Disclosure;
import org.shengshi.certificate.disclosure.DisclosurePolicy;
import org.shengshi.certificate.disclosure.DisclosureRefusedException;
import org.shengshi.certificate.presentation.Presentation;
import org.shengshi.certificate.presentation.PresentationIssuer;
import org.shengshi.certificate.presentation.PresentationRequest;
import org.shengshi.certificate.presentation.QrCodes;

import org.springframework.stereotype.Service;

/**
 * The holder shows one certificate with a disclosure set: a short-lived single-use token
 * and its QR code.
 */
@Service
class Presentations {

	static final int QR_SIZE = 256;

	private final CertificateQueries certificates;

	private final DisclosurePolicy policy;

	private final PresentationIssuer issuer;

	private final PresentationStore store;

	private final CertificateProperties properties;

	Presentations(CertificateQueries certificates, DisclosurePolicy policy, PresentationIssuer issuer,
			PresentationStore store, CertificateProperties properties) {
		this.certificates = certificates;
		this.policy = policy;
		this.issuer = issuer;
		this.store = store;
		this.properties = properties;
	}

	Issued present(String certificateId, String holderSubject, String purpose, List<String> fields,
			Integer ttlSeconds) {
		StoredCertificate certificate = this.certificates.ownedBy(certificateId, holderSubject);
		if (!certificate.status().isUsable()) {
			throw PresentationProblems.notUsable(certificate.status().code());
		}
		PresentationRequest request = request(certificateId, purpose, fields, ttlSeconds);
		List<String> shown;
		try {
			shown = this.policy.resolve(certificate.type(), request.disclosure());
		}
		catch (DisclosureRefusedException ex) {
			throw PresentationProblems.badDisclosure(ex.code());
		}
		Presentation presentation = this.issuer.issue(request);
		this.store.save(presentation, holderSubject);
		String qr = Base64.getEncoder().encodeToString(QrCodes.png(presentation.qrContent(), QR_SIZE));
		return new Issued(presentation.token().value(), presentation.expiresAt().toString(),
				request.disclosure().purpose(), shown, "data:image/png;base64," + qr);
	}

	private PresentationRequest request(String certificateId, String purpose, List<String> fields, Integer ttlSeconds) {
		Duration ttl = (ttlSeconds != null) ? Duration.ofSeconds(ttlSeconds) : this.properties.presentationTtl();
		try {
			return new PresentationRequest(certificateId, Disclosure.of(purpose, (fields != null) ? fields : List.of()),
					ttl);
		}
		catch (IllegalArgumentException ex) {
			throw PresentationProblems.invalidRequest(ex.getMessage());
		}
	}

	record Issued(String token, String expiresAt, String purpose, List<String> fields, String qrPng) {
	}

}
