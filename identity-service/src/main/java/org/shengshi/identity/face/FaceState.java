package org.shengshi.identity.face;

import java.time.LocalDateTime;

/**
 * A row of {@code face_state} (times UTC).
 */
record FaceState(String subject, int failuresInARow, LocalDateTime loa3Until, boolean loa3Active) {

}
