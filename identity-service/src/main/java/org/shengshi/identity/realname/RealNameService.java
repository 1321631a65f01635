package org.shengshi.identity.realname;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.shengshi.identity.provider.IdentityProvider;
import org.shengshi.identity.provider.IdentityProviderException;
import org.shengshi.identity.shared.Ids;
import org.shengshi.platform.events.EventPublisher;
import org.shengshi.platform.pii.BlindIndex;
import org.shengshi.platform.pii.Masking;
import org.shengshi.platform.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real-name verification (实名核验): local GB 11643 check, then the population registry, then
 * — in one transaction — the encrypted identity with its unique blind index, the event
 * {@code resident.realname-verified} and {@code loa} 2 in the identity provider. A
 * failure anywhere before the commit leaves nothing behind.
 */
@Service
public class RealNameService {

	static final String NAME_COLUMN = "resident_identity.name";

	static final String ID_NUMBER_COLUMN = "resident_identity.id_number";

	private static final Logger log = LoggerFactory.getLogger(RealNameService.class);

	private final ResidentIdentityMapper mapper;

	private final RegistryClient registry;

	private final IdentityProvider provider;

	private final EventPublisher events;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final TransactionTemplate transactions;

	RealNameService(ResidentIdentityMapper mapper, RegistryClient registry, IdentityProvider provider,
			EventPublisher events, PiiCipher cipher, BlindIndex blindIndex, TransactionTemplate transactions) {
		this.mapper = mapper;
		this.registry = registry;
		this.provider = provider;
		this.events = events;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.transactions = transactions;
	}

	RealNameResult verify(String subject, RealNameRequest request) {
		ResidentIdNumber idNumber = parse(request.idNumber());
		String name = request.name().strip();
		String index = this.blindIndex.of(ID_NUMBER_COLUMN, idNumber.value());
		if (this.mapper.findBySubject(subject) != null) {
			throw RealNameProblems.alreadyVerified();
		}
		if (this.mapper.idNumberBound(index)) {
			throw RealNameProblems.idNumberBound();
		}
		RegistryVerdict verdict = askRegistry(subject, name, idNumber);
		if (verdict != RegistryVerdict.MATCH) {
			log.info("Real-name verification refused for subject {}: {}", subject, verdict);
			throw RealNameProblems.verdict(verdict);
		}
		RealNameResult result = bind(subject, name, idNumber, index);
		log.info("Real-name verified for subject {} (identity {})", subject, result.identityId());
		return result;
	}

	/**
	 * The masked identity of a resident, if verified.
	 */
	public Optional<MaskedIdentity> maskedIdentity(String subject) {
		return Optional.ofNullable(this.mapper.findBySubject(subject)).map(this::masked);
	}

	/**
	 * The plaintext identity of a resident, for callers that audit the read themselves.
	 */
	public Optional<VerifiedIdentity> identityOf(String subject) {
		return Optional.ofNullable(this.mapper.findBySubject(subject)).map(this::opened);
	}

	/**
	 * The plaintext identity by its reference (as published in the event).
	 */
	public Optional<VerifiedIdentity> identityById(String identityId) {
		return Optional.ofNullable(this.mapper.findById(identityId)).map(this::opened);
	}

	/**
	 * The subject bound to an ID number, if that account is verified under the given
	 * name.
	 */
	public Optional<String> subjectOf(String idNumber, String name) {
		if (ResidentIdNumber.check(idNumber, LocalDate.now()).isPresent()) {
			return Optional.empty();
		}
		String normalised = new ResidentIdNumber(idNumber).value();
		return Optional.ofNullable(this.mapper.findByIdNumberIndex(this.blindIndex.of(ID_NUMBER_COLUMN, normalised)))
			.filter((row) -> this.cipher.open(row.name(), NAME_COLUMN).equals(name.strip()))
			.map(ResidentIdentityRow::subject);
	}

	private VerifiedIdentity opened(ResidentIdentityRow row) {
		return new VerifiedIdentity(row.id(), row.subject(), this.cipher.open(row.name(), NAME_COLUMN),
				this.cipher.open(row.idNumber(), ID_NUMBER_COLUMN), row.regionCode(),
				row.verifiedAt().toInstant(ZoneOffset.UTC));
	}

	private RealNameResult bind(String subject, String name, ResidentIdNumber idNumber, String index) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ResidentIdentityRow row = new ResidentIdentityRow(Ids.newId(), subject, this.cipher.seal(name, NAME_COLUMN),
				this.cipher.seal(idNumber.value(), ID_NUMBER_COLUMN), index, idNumber.regionCode(),
				LocalDateTime.ofInstant(now, ZoneOffset.UTC));
		RealNameVerified event = new RealNameVerified(subject, row.id(), Masking.name(name), idNumber.toString(),
				idNumber.regionCode(), 2, now);
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.mapper.insert(row);
				this.events.publish(RealNameVerified.TYPE, subject, event);
				this.provider.setAttribute(subject, "loa", "2");
			});
		}
		catch (DuplicateKeyException ex) {
			throw (this.mapper.findBySubject(subject) != null) ? RealNameProblems.alreadyVerified()
					: RealNameProblems.idNumberBound();
		}
		catch (IdentityProviderException ex) {
			log.warn("Identity provider failed while raising loa for subject {}", subject);
			throw RealNameProblems.providerUnavailable();
		}
		return new RealNameResult(row.id(), event.maskedName(), event.maskedIdNumber(), 2, now);
	}

	private RegistryVerdict askRegistry(String subject, String name, ResidentIdNumber idNumber) {
		try {
			return this.registry.verify(name, idNumber);
		}
		catch (RegistryUnavailableException ex) {
			log.warn("Population registry unavailable for subject {}: {}", subject, ex.getMessage());
			throw RealNameProblems.registryUnavailable();
		}
	}

	private MaskedIdentity masked(ResidentIdentityRow row) {
		String idNumber = this.cipher.open(row.idNumber(), ID_NUMBER_COLUMN);
		return new MaskedIdentity(row.id(), Masking.name(this.cipher.open(row.name(), NAME_COLUMN)),
				Masking.idNumber(idNumber), row.regionCode(), row.verifiedAt().toInstant(ZoneOffset.UTC));
	}

	private static ResidentIdNumber parse(String candidate) {
		Optional<ResidentIdNumber.Problem> problem = ResidentIdNumber.check(candidate, LocalDate.now());
		if (problem.isPresent()) {
			throw RealNameProblems.invalidIdNumber(problem.get());
		}
		return new ResidentIdNumber(candidate);
	}

}
