package org.shengshi.certificate.keys;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.shengshi.certificate.signature.IssuerKey;
import org.shengshi.certificate.signature.IssuerKeyGenerator;
import org.shengshi.certificate.signature.KeyLookup;
import org.shengshi.certificate.signature.KeyRing;
import org.shengshi.certificate.signature.SignatureAlgorithm;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The departments' key rings in table {@code issuer_key}: created with an SM2 key on
 * first use, rotated by the department's administrator, published without the private
 * parts.
 */
@Service
public class KeyRings {

	static final int MAX_DECODED_KEYS = 10_000;

	private final ConcurrentMap<String, IssuerKey> decodedKeys = new ConcurrentHashMap<>();

	private final IssuerKeyMapper mapper;

	private final IssuerKeyGenerator generator;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	KeyRings(IssuerKeyMapper mapper, IssuerKeyGenerator generator, Clock clock,
			PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.generator = generator;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The department's ring with an active key, creating the first key when there is
	 * none.
	 */
	public KeyRing ringFor(String departmentCode) {
		KeyRing ring = toRing(departmentCode, this.mapper.findByDepartment(departmentCode));
		if (ring.active().isPresent()) {
			return ring;
		}
		IssuerKey first = this.generator.generate(departmentCode, SignatureAlgorithm.SM2_SM3);
		try {
			this.newTransaction.executeWithoutResult((status) -> this.mapper.insert(toRow(first)));
		}
		catch (DuplicateKeyException lostRace) {
			// another instance created the department's first key at the same moment
		}
		return this.newTransaction
			.execute((status) -> toRing(departmentCode, this.mapper.findByDepartmentForUpdate(departmentCode)));
	}

	/**
	 * Every key of every department, for verification of stored signatures.
	 */
	public KeyRing ringOf(String departmentCode) {
		return toRing(departmentCode, this.mapper.findByDepartment(departmentCode));
	}

	/**
	 * Public keys of the department for verifying signatures. What verification needs of
	 * a key (id, department, algorithm, public key) never changes, so a key is decoded
	 * once and then kept (with BouncyCastle's precomputation on its point); a key id not
	 * seen yet, such as one made by a rotation on another instance, is read from the
	 * table. A key of another department is never found.
	 */
	public KeyLookup verificationKeys(String departmentCode) {
		return (kid) -> {
			IssuerKey cached = this.decodedKeys.get(kid);
			if (cached != null) {
				return Optional.of(cached).filter((key) -> key.departmentCode().equals(departmentCode));
			}
			Optional<IssuerKey> found = ringOf(departmentCode).find(kid);
			found.ifPresent(this::remember);
			return found;
		};
	}

	private void remember(IssuerKey key) {
		if (this.decodedKeys.size() >= MAX_DECODED_KEYS) {
			this.decodedKeys.clear();
		}
		this.decodedKeys.put(key.kid(), key);
	}

	/**
	 * Retires the department's active key and makes a fresh one active.
	 */
	@Transactional
	public IssuerKey rotate(String departmentCode, SignatureAlgorithm algorithm) {
		KeyRing ring = toRing(departmentCode, this.mapper.findByDepartmentForUpdate(departmentCode));
		IssuerKey next = this.generator.generate(departmentCode, algorithm);
		ring.active().ifPresent((active) -> {
			if (this.mapper.retire(active.kid(), this.clock.instant()) != 1) {
				throw new ProblemException(HttpStatus.CONFLICT, "KEY_ROTATION_CONFLICT", "密钥轮换冲突，请重试",
						"The key was rotated at the same time; try again");
			}
		});
		this.mapper.insert(toRow(next));
		return next;
	}

	public List<IssuerKey> published() {
		return this.mapper.findAll().stream().map(KeyRings::toKey).toList();
	}

	public Optional<IssuerKey> find(String kid) {
		return Optional.ofNullable(this.mapper.findByKid(kid)).map(KeyRings::toKey);
	}

	private static KeyRing toRing(String departmentCode, List<IssuerKeyRow> rows) {
		return new KeyRing(departmentCode, rows.stream().map(KeyRings::toKey).toList());
	}

	private static IssuerKey toKey(IssuerKeyRow row) {
		return IssuerKey.restore(row.kid(), row.departmentCode(), SignatureAlgorithm.valueOf(row.algorithm()),
				row.publicKey(), row.encryptedPrivateKey(), row.createdAt(), row.retiredAt());
	}

	private static IssuerKeyRow toRow(IssuerKey key) {
		return new IssuerKeyRow(key.kid(), key.departmentCode(), key.algorithm().name(), key.publicKeyBase64(),
				key.encryptedPrivateKey().encoded(), key.createdAt(), key.retiredAt(),
				key.isActive() ? key.departmentCode() : null);
	}

}
