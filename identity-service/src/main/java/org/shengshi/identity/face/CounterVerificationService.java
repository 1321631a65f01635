package org.shengshi.identity.face;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.shengshi.identity.profile.AccessLog;
import org.shengshi.identity.provider.IdentityProviderException;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.identity.shared.Ids;
import org.shengshi.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counter-assisted verification (窗口核验): a case officer has checked the resident in person
 * at a service window. One transaction records who, where and when, writes the resident's
 * access log and grants loa 3 like a face pass; a Keycloak failure leaves nothing behind.
 */
@Service
class CounterVerificationService {

	static final String ACTION = "COUNTER_VERIFICATION";

	private static final Logger log = LoggerFactory.getLogger(CounterVerificationService.class);

	private final RealNameService realName;

	private final CounterVerificationMapper verifications;

	private final AccessLog accessLog;

	private final Loa3Grants grants;

	private final TransactionTemplate transactions;

	CounterVerificationService(RealNameService realName, CounterVerificationMapper verifications, AccessLog accessLog,
			Loa3Grants grants, TransactionTemplate transactions) {
		this.realName = realName;
		this.verifications = verifications;
		this.accessLog = accessLog;
		this.grants = grants;
		this.transactions = transactions;
	}

	CounterVerified record(CurrentUser officer, CounterRequest request) {
		String department = officer.requireDepartment();
		String subject = request.subject().strip();
		if (this.realName.identityOf(subject).isEmpty()) {
			throw FaceProblems.residentNotVerified();
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		CounterVerification row = new CounterVerification(Ids.newId(), subject, officer.subject(), department,
				request.windowLocation().strip(), (request.note() != null) ? request.note().strip() : null,
				Loa3Grants.utc(now));
		try {
			Instant until = this.transactions.execute((status) -> {
				this.verifications.insert(row);
				this.accessLog.record(subject, officer, ACTION, row.windowLocation());
				return this.grants.grant(subject);
			});
			log.info("Counter verification {} of subject {} by officer {} ({})", row.id(), subject, officer.subject(),
					department);
			return new CounterVerified(row.id(), subject, officer.subject(), department, row.windowLocation(), now, 3,
					until);
		}
		catch (IdentityProviderException ex) {
			log.warn("Identity provider failed while granting loa 3 to subject {}", subject);
			throw FaceProblems.identityProviderUnavailable();
		}
	}

}
