package org.shengshi.identity.delegation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.shengshi.identity.realname.MaskedIdentity;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.identity.shared.Ids;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代办: grants between verified residents, revocation, and the check other services make
 * (each allowed check is a recorded use).
 */
@Service
class DelegationService {

	private static final Duration LONGEST = Duration.ofDays(366);

	private final DelegationMapper mapper;

	private final RealNameService realName;

	DelegationService(DelegationMapper mapper, RealNameService realName) {
		this.mapper = mapper;
		this.realName = realName;
	}

	@Transactional
	Delegation create(String delegator, NewDelegation request) {
		if (this.realName.maskedIdentity(delegator).isEmpty()) {
			throw problem(HttpStatus.FORBIDDEN, "REALNAME_REQUIRED", "请先完成实名认证", "Verify your real name first");
		}
		String delegate = this.realName.subjectOf(request.delegateIdNumber(), request.delegateName())
			.orElseThrow(() -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "DELEGATE_NOT_VERIFIED", "被委托人须为已实名认证的用户",
					"The delegate must be a real-name verified resident"));
		if (delegate.equals(delegator)) {
			throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "DELEGATE_IS_SELF", "不能委托给自己",
					"Cannot delegate to yourself");
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant from = (request.validFrom() != null) ? request.validFrom() : now;
		checkWindow(from, request.validUntil(), now);
		Set<String> items = (request.items() != null) ? request.items() : Set.of();
		DelegationRow row = new DelegationRow(Ids.newId(), delegator, delegate, items.isEmpty(), "ACTIVE", utc(from),
				utc(request.validUntil()), utc(now), null, null);
		this.mapper.insert(row);
		items.forEach((item) -> this.mapper.insertItem(row.id(), item));
		return view(this.mapper.findById(row.id()));
	}

	@Transactional(readOnly = true)
	Parties list(String subject) {
		return new Parties(this.mapper.findByDelegator(subject).stream().map(this::view).toList(),
				this.mapper.findByDelegate(subject).stream().map(this::view).toList());
	}

	@Transactional
	Delegation revoke(String delegator, String id) {
		if (this.mapper.revoke(id, delegator, utc(Instant.now())) == 0) {
			DelegationRow row = this.mapper.findById(id);
			if (row == null || !row.delegatorSubject().equals(delegator)) {
				throw notFound();
			}
			throw problem(HttpStatus.CONFLICT, "DELEGATION_NOT_ACTIVE", "委托已撤销", "Delegation is no longer active");
		}
		return view(this.mapper.findById(id));
	}

	@Transactional
	Check check(String delegator, String delegate, String item, String clientId) {
		LocalDateTime now = utc(Instant.now());
		String id = this.mapper.findCovering(delegator, delegate, item, now);
		if (id == null) {
			return new Check(false, null);
		}
		this.mapper.insertUse(Ids.newId(), id, item, clientId, now);
		return new Check(true, id);
	}

	@Transactional(readOnly = true)
	List<DelegationUse> uses(String delegator, String id) {
		DelegationRow row = this.mapper.findById(id);
		if (row == null || !row.delegatorSubject().equals(delegator)) {
			throw notFound();
		}
		return this.mapper.findUses(id);
	}

	private Delegation view(DelegationRow row) {
		String name = this.realName.maskedIdentity(row.delegateSubject()).map(MaskedIdentity::name).orElse(null);
		return Delegation.of(row, name);
	}

	private static void checkWindow(Instant from, Instant until, Instant now) {
		if (!until.isAfter(from) || !until.isAfter(now) || Duration.between(from, until).compareTo(LONGEST) > 0) {
			throw problem(HttpStatus.BAD_REQUEST, "DELEGATION_WINDOW_INVALID", "委托期限无效（须在未来结束，且不超过一年）",
					"Validity window must end in the future and last at most one year");
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
	}

	private static ProblemException notFound() {
		return problem(HttpStatus.NOT_FOUND, "DELEGATION_NOT_FOUND", "委托不存在", "Delegation not found");
	}

	private static ProblemException problem(HttpStatus status, String code, String zh, String en) {
		return new ProblemException(status, code, zh, en);
	}

	record Parties(List<Delegation> given, List<Delegation> received) {
	}

	record Check(boolean allowed, String delegationId) {
	}

}
