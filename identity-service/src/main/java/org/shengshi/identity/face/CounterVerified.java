package org.shengshi.identity.face;

import java.time.Instant;

/**
 * A recorded counter verification and the level it granted.
 */
record CounterVerified(String id, String subject, String officer, String department, String windowLocation,
		Instant verifiedAt, int loa, Instant loaExpiresAt) {

}
