package org.shengshi.identity.lookup;

import java.time.Instant;
import java.util.Optional;

import org.shengshi.identity.face.AssuranceLevels;
import org.shengshi.identity.profile.AccessLog;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.identity.realname.VerifiedIdentity;
import org.shengshi.identity.signup.ResidentAccounts;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a verified resident in full and records the read (who, client, purpose, when)
 * in the resident's access log, in the same transaction.
 */
@Service
class IdentityLookupService {

	static final String ACTION = "IDENTITY_READ";

	private final RealNameService realName;

	private final ResidentAccounts accounts;

	private final AssuranceLevels levels;

	private final AccessLog accessLog;

	IdentityLookupService(RealNameService realName, ResidentAccounts accounts, AssuranceLevels levels,
			AccessLog accessLog) {
		this.realName = realName;
		this.accounts = accounts;
		this.levels = levels;
		this.accessLog = accessLog;
	}

	@Transactional
	ResidentRecord byId(CurrentUser client, String identityId, String purpose) {
		return read(client, this.realName.identityById(identityId), purpose);
	}

	@Transactional
	ResidentRecord bySubject(CurrentUser client, String subject, String purpose) {
		return read(client, this.realName.identityOf(subject), purpose);
	}

	private ResidentRecord read(CurrentUser client, Optional<VerifiedIdentity> found, String purpose) {
		VerifiedIdentity identity = found.orElseThrow(IdentityLookupService::notFound);
		this.accessLog.record(identity.subject(), client, ACTION, purpose);
		Instant loa3Until = this.levels.loa3Until(identity.subject()).orElse(null);
		return new ResidentRecord(identity.identityId(), identity.subject(), identity.name(), identity.idNumber(),
				this.accounts.phoneOf(identity.subject()).orElse(null), identity.regionCode(),
				(loa3Until != null) ? 3 : 2, loa3Until, identity.verifiedAt());
	}

	private static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "IDENTITY_NOT_FOUND", "身份信息不存在", "Identity not found");
	}

}
