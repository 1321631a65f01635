package org.shengshi.cases.instant;

import java.time.Instant;

/**
 * Data of identity-service's {@code resident.face-verified} (data version 1).
 *
 * @param subject the resident's subject
 * @param loa assurance level now held (3)
 * @param loaExpiresAt until when loa 3 holds
 * @param verifiedAt when loa 3 was granted
 */
record FaceVerified(String subject, int loa, Instant loaExpiresAt, Instant verifiedAt) {

}
