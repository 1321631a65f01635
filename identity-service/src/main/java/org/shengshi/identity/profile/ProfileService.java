package org.shengshi.identity.profile;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.shengshi.identity.realname.MaskedIdentity;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.identity.realname.VerifiedIdentity;
import org.shengshi.identity.shared.Ids;
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

	ProfileService(RealNameService realName, AccessLogMapper accessLog) {
		this.realName = realName;
		this.accessLog = accessLog;
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

	@Transactional
	VerifiedIdentity readForSystem(CurrentUser client, String identityId, String purpose) {
		VerifiedIdentity identity = this.realName.identityById(identityId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "IDENTITY_NOT_FOUND", "身份信息不存在",
					"Identity not found"));
		record(identity.subject(), client, "IDENTITY_READ", purpose);
		return identity;
	}

	@Transactional(readOnly = true)
	List<AccessEntry> accessLog(String subject) {
		return this.accessLog.findByResident(subject, LOG_LIMIT).stream().map(AccessEntry::of).toList();
	}

	private void record(String resident, CurrentUser accessor, String action, String purpose) {
		this.accessLog.insert(new AccessRecord(Ids.newId(), resident, accessor.subject(), accessor.clientId(),
				String.join(",", accessor.roles().stream().sorted().toList()), accessor.department(), action,
				purpose.strip(), LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)));
	}

	private static ProblemException notVerified() {
		return new ProblemException(HttpStatus.NOT_FOUND, "PROFILE_NOT_FOUND", "尚未完成实名认证", "No verified profile yet");
	}

}
