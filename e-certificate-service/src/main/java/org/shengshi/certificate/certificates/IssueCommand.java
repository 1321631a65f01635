package org.shengshi.certificate.certificates;

import java.time.LocalDate;
import java.util.Map;

/**
 * What to issue.
 *
 * @param typeCode certificate type code
 * @param holderSubject the holder's account subject (may be {@code null} for holders
 * without an account)
 * @param fields field values
 * @param validFrom first day of validity, today when {@code null}
 * @param sourceEventId the event that caused the issuance, {@code null} for staff
 * @param actor who issues
 * @param requireAllFields whether every required field must be present
 * @param caseId the completed case the certificate comes from, {@code null} otherwise
 */
public record IssueCommand(String typeCode, String holderSubject, Map<String, String> fields, LocalDate validFrom,
		String sourceEventId, String actor, boolean requireAllFields, String caseId) {

	/** A command that does not come from a case. */
	public IssueCommand(String typeCode, String holderSubject, Map<String, String> fields, LocalDate validFrom,
			String sourceEventId, String actor, boolean requireAllFields) {
		this(typeCode, holderSubject, fields, validFrom, sourceEventId, actor, requireAllFields, null);
	}

}
