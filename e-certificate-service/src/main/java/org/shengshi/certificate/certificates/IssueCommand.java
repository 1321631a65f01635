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
 */
public record IssueCommand(String typeCode, String holderSubject, Map<String, String> fields, LocalDate validFrom,
		String sourceEventId, String actor, boolean requireAllFields) {

}
