package org.shengshi.identity.realname;

import java.time.Instant;

/**
 * A verified identity in plaintext. Never logged (toString hides the values); returned
 * only after the read was recorded in the resident's access log.
 *
 * @param identityId opaque reference
 * @param subject the resident's subject
 * @param name full name
 * @param idNumber resident ID number
 * @param regionCode region code of the ID number
 * @param verifiedAt when verified
 */
public record VerifiedIdentity(String identityId, String subject, String name, String idNumber, String regionCode,
		Instant verifiedAt) {

	@Override
	public String toString() {
		return "VerifiedIdentity[" + this.identityId + "]";
	}

}
