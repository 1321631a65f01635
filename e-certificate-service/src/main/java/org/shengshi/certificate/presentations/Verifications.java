package org.shengshi.certificate.presentations;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.shengshi.certificate.certificates.CertificateQueries;
import org.shengshi.certificate.certificates.StoredCertificate;
import org.shengshi.certificate.config.CertificateProperties;
import org.shengshi.certificate.config.Ids;
import org.shengshi.certificate.disclosure.DisclosedFields;
import org.shengshi.certificate.disclosure.Disclosure;
import org.shengshi.certificate.disclosure.DisclosurePolicy;
import org.shengshi.certificate.disclosure.DisclosureRefusedException;
import org.shengshi.certificate.keys.KeyRings;
import org.shengshi.certificate.presentation.InvalidPresentationTokenException;
import org.shengshi.certificate.presentation.PresentationToken;
import org.shengshi.certificate.signature.CertificateVerifier;
import org.shengshi.certificate.signature.VerificationResult;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.stereotype.Service;

/**
 * A verifier system redeems a presentation token: the token is consumed atomically, the
 * certificate's status and signature are checked, and only the fields of the verifier's
 * registered purpose are released. Every attempt with a token the store still knows
 * (redeemed, refused, replayed or late) is written to the holder's use log.
 */
@Service
class Verifications {

	private final PresentationStore store;

	private final CertificateQueries certificates;

	private final KeyRings rings;

	private final CertificateVerifier verifier;

	private final DisclosurePolicy policy;

	private final UseLogMapper useLog;

	private final CertificateProperties properties;

	private final Clock clock;

	Verifications(PresentationStore store, CertificateQueries certificates, KeyRings rings,
			CertificateVerifier verifier, DisclosurePolicy policy, UseLogMapper useLog,
			CertificateProperties properties, Clock clock) {
		this.store = store;
		this.certificates = certificates;
		this.rings = rings;
		this.verifier = verifier;
		this.policy = policy;
		this.useLog = useLog;
		this.properties = properties;
		this.clock = clock;
	}

	Verified verify(String clientId, String tokenText) {
		String purpose = this.properties.verifiers().get(clientId);
		if (purpose == null) {
			throw PresentationProblems.verifierNotRegistered();
		}
		PresentationToken token = parse(tokenText);
		Instant now = this.clock.instant();
		PresentationStore.Consumed consumed = this.store.consume(token, now);
		if (consumed == null) {
			throw PresentationProblems.expired();
		}
		String certificateId = consumed.presentation().certificateId();
		switch (consumed.outcome()) {
			case EXPIRED ->
				throw refusedAndRecorded(certificateId, clientId, purpose, PresentationProblems.expired(), now);
			case ALREADY_USED ->
				throw refusedAndRecorded(certificateId, clientId, purpose, PresentationProblems.alreadyUsed(), now);
			case REDEEMED -> {
			}
		}
		StoredCertificate certificate = this.certificates.load(certificateId);
		try {
			DisclosedFields disclosed = check(certificate, consumed.presentation(), purpose);
			record(certificateId, clientId, purpose, String.join(",", disclosed.fields().keySet()), "DISCLOSED", now);
			return new Verified(true, VerificationResult.VALID.code(), certificate.status().code(),
					certificate.status().label(), certificate.row().identifier(), certificate.type().code(),
					certificate.type().name(), certificate.type().issuer().name(), disclosed.purpose(),
					disclosed.fields());
		}
		catch (ProblemException refused) {
			throw refusedAndRecorded(certificateId, clientId, purpose, refused, now);
		}
	}

	private ProblemException refusedAndRecorded(String certificateId, String clientId, String purpose,
			ProblemException refusal, Instant at) {
		record(certificateId, clientId, purpose, "", refusal.code(), at);
		return refusal;
	}

	private DisclosedFields check(StoredCertificate certificate, PresentationStore.StoredPresentation presentation,
			String purpose) {
		if (!certificate.status().isUsable()) {
			throw PresentationProblems.notUsable(certificate.status().code());
		}
		VerificationResult signature = this.verifier.verify(
				this.rings.verificationKeys(certificate.row().issuerDepartment()),
				certificate.content().canonicalBytes(), certificate.signature());
		if (!signature.isValid()) {
			throw PresentationProblems.signatureInvalid(signature.code());
		}
		try {
			Disclosure disclosure = Disclosure.of(presentation.purpose(), presentation.fields());
			return this.policy.disclose(certificate.type(), certificate.fields(), disclosure, purpose);
		}
		catch (DisclosureRefusedException ex) {
			throw PresentationProblems.disclosureRefused(ex.code());
		}
	}

	private void record(String certificateId, String clientId, String purpose, String fields, String outcome,
			Instant at) {
		this.useLog
			.insert(new UseRecord(Ids.next(), certificateId, "VERIFIER", clientId, purpose, fields, outcome, null, at));
	}

	private static PresentationToken parse(String text) {
		try {
			return PresentationToken.parse(text);
		}
		catch (InvalidPresentationTokenException ex) {
			throw PresentationProblems.malformedToken();
		}
	}

	record Verified(boolean authentic, String signature, String status, String statusLabel, String identifier,
			String typeCode, String typeName, String issuer, String purpose, Map<String, Object> fields) {
	}

}
