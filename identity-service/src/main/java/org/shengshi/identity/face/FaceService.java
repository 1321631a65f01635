package org.shengshi.identity.face;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.shengshi.identity.face.FaceClient.FaceProviderUnavailableException;
import org.shengshi.identity.provider.IdentityProviderException;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.identity.realname.VerifiedIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Face step-up of a real-name verified resident. A pass grants loa 3 for the configured
 * minutes and resets the failure count; a fail counts one more failure in a row, and from
 * {@code maxFailures} on only the counter path remains (the provider is not asked any
 * more). A provider timeout or error changes nothing.
 */
@Service
class FaceService {

	private static final Logger log = LoggerFactory.getLogger(FaceService.class);

	private final RealNameService realName;

	private final FaceClient faces;

	private final FaceStateMapper states;

	private final Loa3Grants grants;

	private final FaceProperties properties;

	private final TransactionTemplate transactions;

	FaceService(RealNameService realName, FaceClient faces, FaceStateMapper states, Loa3Grants grants,
			FaceProperties properties, TransactionTemplate transactions) {
		this.realName = realName;
		this.faces = faces;
		this.states = states;
		this.grants = grants;
		this.properties = properties;
		this.transactions = transactions;
	}

	LoaGranted stepUp(String subject, String livenessToken) {
		VerifiedIdentity identity = this.realName.identityOf(subject).orElseThrow(FaceProblems::realNameRequired);
		int failures = failuresInARow(subject);
		if (failures >= this.properties.maxFailures()) {
			throw FaceProblems.counterAssistedRequired(failures);
		}
		if (!ask(subject, identity, livenessToken)) {
			this.states.countFailure(subject, Loa3Grants.utc(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
			int now = failuresInARow(subject);
			log.info("Face verification failed for subject {} ({} in a row)", subject, now);
			throw (now >= this.properties.maxFailures()) ? FaceProblems.counterAssistedRequired(now)
					: FaceProblems.mismatch(now, this.properties.maxFailures());
		}
		try {
			Instant until = this.transactions.execute((status) -> this.grants.grant(subject));
			log.info("Face verification passed for subject {}: loa 3 until {}", subject, until);
			return new LoaGranted(3, until);
		}
		catch (IdentityProviderException ex) {
			log.warn("Identity provider failed while granting loa 3 to subject {}", subject);
			throw FaceProblems.identityProviderUnavailable();
		}
	}

	private boolean ask(String subject, VerifiedIdentity identity, String livenessToken) {
		try {
			return this.faces.matches(identity.idNumber(), livenessToken);
		}
		catch (FaceProviderUnavailableException ex) {
			log.warn("Face provider unavailable for subject {}: {}", subject, ex.getMessage());
			throw FaceProblems.providerUnavailable();
		}
	}

	private int failuresInARow(String subject) {
		FaceState state = this.states.findBySubject(subject);
		return (state != null) ? state.failuresInARow() : 0;
	}

	/**
	 * The granted level and until when it holds.
	 */
	record LoaGranted(int loa, Instant loaExpiresAt) {
	}

}
