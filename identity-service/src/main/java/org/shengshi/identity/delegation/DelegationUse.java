package org.shengshi.identity.delegation;

import java.time.LocalDateTime;

/**
 * One allowed use of a delegation (usedAt UTC).
 *
 * @param itemCode service item the delegate acted on
 * @param clientId platform service that asked
 * @param usedAt when
 */
record DelegationUse(String itemCode, String clientId, LocalDateTime usedAt) {

}
