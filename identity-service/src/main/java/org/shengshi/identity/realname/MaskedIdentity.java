package org.shengshi.identity.realname;

import java.time.Instant;

/**
 * A verified identity as shown by default: masked.
 *
 * @param identityId opaque reference
 * @param name masked name
 * @param idNumber masked ID number
 * @param regionCode region code of the ID number
 * @param verifiedAt when verified
 */
public record MaskedIdentity(String identityId, String name, String idNumber, String regionCode, Instant verifiedAt) {

}
