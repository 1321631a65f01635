package org.shengshi.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.lifecycle.InstantEligibility;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes instant cases (即办) once the applicant's face verification (loa 3) holds:
 * {@code SUBMITTED} → {@code COMPLETED} by the system, one transaction per case. A case
 * an officer changed meanwhile is skipped, never failing the others.
 */
@Component
public class InstantCompletion {

	/** Most cases completed for one verification. */
	static final int MAX_CASES = 50;

	private static final Logger log = LoggerFactory.getLogger(InstantCompletion.class);

	private final CaseMapper cases;

	private final CaseTransitions transitions;

	private final TransactionTemplate tx;

	private final Clock clock;

	InstantCompletion(CaseMapper cases, CaseTransitions transitions, TransactionTemplate tx, Clock clock) {
		this.cases = cases;
		this.transitions = transitions;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Completes the subject's submitted instant cases while loa 3 holds.
	 * @return how many cases were completed
	 */
	public int faceVerified(String subject, Instant loaExpiresAt) {
		if (subject == null || loaExpiresAt == null || !loaExpiresAt.isAfter(this.clock.instant())) {
			log.info("A face verification that no longer holds; nothing completed");
			return 0;
		}
		List<String> ids = this.cases.findSubmittedInstantIds(subject, MAX_CASES);
		int completed = 0;
		for (String id : ids) {
			if (completeOne(id)) {
				completed++;
			}
		}
		return completed;
	}

	/**
	 * Completes one freshly submitted case of an instant item (caller's transaction).
	 * @return the case after the transition, or the case unchanged when it does not apply
	 */
	CaseRow completeNow(CaseRow row) {
		if (!eligible(row)) {
			return row;
		}
		return this.transitions.apply(row, row.version, CaseAction.COMPLETE_INSTANTLY, Actor.SYSTEM,
				ActionInput.instant(new InstantEligibility(true, List.of())));
	}

	private boolean completeOne(String id) {
		try {
			return Boolean.TRUE.equals(this.tx.execute((status) -> {
				CaseRow row = this.cases.findById(id);
				return eligible(row) && completeNow(row) != row;
			}));
		}
		catch (CaseRuleException ex) {
			if (ex.code() != CaseErrorCode.CASE_CONCURRENT_UPDATE) {
				throw ex;
			}
			log.info("Case {} changed meanwhile; not completed instantly", id);
			return false;
		}
	}

	private static boolean eligible(CaseRow row) {
		return row != null && row.instantItem && CaseStatus.valueOf(row.status) == CaseStatus.SUBMITTED;
	}

}
