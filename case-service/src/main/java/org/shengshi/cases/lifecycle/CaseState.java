package org.shengshi.cases.lifecycle;

import java.util.Set;

/**
 * A status plus, for an interruption, the status to return to: a supplement requested
 * before acceptance returns to {@code SUBMITTED}, one requested during review to
 * {@code UNDER_REVIEW}; a suspension returns to where it was suspended from.
 *
 * @param status the current status
 * @param returnTo where RESUBMIT or RESUME leads; only for SUPPLEMENT_REQUESTED and
 * SUSPENDED
 */
public record CaseState(CaseStatus status, CaseStatus returnTo) {

	static final Set<CaseStatus> SUPPLEMENT_FROM = Set.of(CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW);

	static final Set<CaseStatus> SUSPEND_FROM = Set.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW);

	public CaseState {
		if (status == null) {
			throw new IllegalArgumentException("status is required");
		}
		Set<CaseStatus> allowedReturns = switch (status) {
			case SUPPLEMENT_REQUESTED -> SUPPLEMENT_FROM;
			case SUSPENDED -> SUSPEND_FROM;
			default -> Set.of();
		};
		if (allowedReturns.isEmpty() ? returnTo != null : (returnTo == null || !allowedReturns.contains(returnTo))) {
			throw new IllegalArgumentException("status " + status + " cannot return to " + returnTo);
		}
	}

	public static CaseState of(CaseStatus status) {
		return new CaseState(status, null);
	}

	public static CaseState interrupted(CaseStatus status, CaseStatus returnTo) {
		return new CaseState(status, returnTo);
	}

}
