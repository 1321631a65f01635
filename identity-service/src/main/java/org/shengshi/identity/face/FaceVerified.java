package org.shengshi.identity.face;

import java.time.Instant;

/**
 * Data of the event {@code resident.face-verified} (data version 1), published whenever
 * loa 3 is granted (face step-up or counter-assisted verification). No personal data.
 *
 * @param subject the resident's subject
 * @param loa assurance level now held (3)
 * @param loaExpiresAt until when loa 3 holds
 * @param verifiedAt when loa 3 was granted
 */
public record FaceVerified(String subject, int loa, Instant loaExpiresAt, Instant verifiedAt) {

	public static final String TYPE = "resident.face-verified";

}
