package org.shengshi.certificate.presentations;

import java.time.Instant;

/**
 * One entry of a certificate's use log (用证记录).
 *
 * @param userKind {@code VERIFIER} or {@code DEPARTMENT}
 * @param userId client id of the verifier or department code
 * @param purpose the purpose of use
 * @param fieldsDisclosed comma-separated names of the fields released (never values)
 * @param outcome {@code DISCLOSED} or the refusal code
 * ({@code PRESENTATION_TOKEN_EXPIRED}, {@code PRESENTATION_TOKEN_ALREADY_USED},
 * {@code CERTIFICATE_NOT_USABLE}, {@code CERTIFICATE_SIGNATURE_INVALID},
 * {@code DISCLOSURE_*}, {@code CERTIFICATE_READ_NOT_AUTHORISED})
 * @param caseId the case of a department read, {@code null} for verifications
 */
public record UseRecord(String id, String certificateId, String userKind, String userId, String purpose,
		String fieldsDisclosed, String outcome, String caseId, Instant usedAt) {

}
