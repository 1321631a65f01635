package org.shengshi.identity.face;

import java.time.LocalDateTime;

/**
 * A row of {@code counter_verification} (verifiedAt UTC).
 */
record CounterVerification(String id, String residentSubject, String officerSubject, String officerDepartment,
		String windowLocation, String note, LocalDateTime verifiedAt) {

}
