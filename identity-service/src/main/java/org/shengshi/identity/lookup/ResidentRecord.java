package org.shengshi.identity.lookup;

import java.time.Instant;

/**
 * A verified resident in full, for platform services. Never logged (toString hides the
 * values).
 *
 * @param identityId reference of the verified identity
 * @param subject the resident's subject
 * @param name full name
 * @param idNumber resident ID number
 * @param phone the phone of sign-up, null (absent in JSON) for accounts made otherwise
 * @param regionCode region code of the ID number
 * @param loa 2, or 3 while a face step-up holds
 * @param loaExpiresAt end of the face step-up, null at loa 2
 * @param verifiedAt when the real name was verified
 */
record ResidentRecord(String identityId, String subject, String name, String idNumber, String phone, String regionCode,
		int loa, Instant loaExpiresAt, Instant verifiedAt) {

	@Override
	public String toString() {
		return "ResidentRecord[" + this.identityId + "]";
	}

}
