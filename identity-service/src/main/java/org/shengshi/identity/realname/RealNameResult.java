package org.shengshi.identity.realname;

import java.time.Instant;

/**
 * Outcome of a successful verification (masked).
 */
record RealNameResult(String identityId, String maskedName, String maskedIdNumber, int loa, Instant verifiedAt) {

}
