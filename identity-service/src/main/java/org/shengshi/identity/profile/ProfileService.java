package org.shengshi.identity.profile;

import java.util.List;

import org.shengshi.identity.realname.MaskedIdentity;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.identity.realname.VerifiedIdentity;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's profile: masked by default; unmasked reads are recorded (who, what, why,
 * when) in the same transaction that answers them, and the resident can list them.
 */
@Service
class ProfileService {

	static final int LOG_LIMIT = 200;

	private final RealNameService realName;

	private final AccessLogMapper accessLog;

	private final AccessLog log;

	ProfileService(RealNameService realName, AccessLogMapper accessLog, AccessLog log) {
		this.realName = realName;
		this.accessLog = accessLog;
		this.log = log;
	}

	MaskedIdentity masked(String subject) {
		return this.realName.maskedIdentity(subject).orElseThrow(ProfileService::notVerified);
	}

	@Transactional
	VerifiedIdentity unmaskOwn(CurrentUser user, String purpose) {
		VerifiedIdentity identity = this.realName.identityOf(user.subject()).orElseThrow(ProfileService::notVerified);
		record(identity.subject(), user, "PROFILE_UNMASK", purpose);
		return identity;
	}

	@Transactional(readOnly = true)
	List<AccessEntry> accessLog(String subject) {
		return this.accessLog.findByResident(subject, LOG_LIMIT).stream().map(AccessEntry::of).toList();
	}

	private void record(String resident, CurrentUser accessor, String action, String purpose) {
		this.log.record(resident, accessor, action, purpose);
	}

	private static ProblemException notVerified() {
		return new ProblemException(HttpStatus.NOT_FOUND, "PROFILE_NOT_FOUND", "尚未完成实名认证", "No verified profile yet");
	}

}
