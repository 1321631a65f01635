package org.shengshi.certificate.presentations;

import java.time.Instant;

/**
 * A holder's authorisation for a department to read a certificate during one case.
 */
public record CaseAuthorisation(String id, String certificateId, String holderSubject, String caseId,
		String departmentCode, Instant grantedAt, Instant expiresAt, Instant revokedAt) {

	boolean isActiveAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
