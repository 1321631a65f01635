package org.shengshi.identity.realname;

import java.time.LocalDateTime;

import org.shengshi.platform.pii.EncryptedString;

/**
 * A resident_identity row (never leaves the package). verifiedAt is UTC.
 */
record ResidentIdentityRow(String id, String subject, EncryptedString name, EncryptedString idNumber,
		String idNumberIndex, String regionCode, LocalDateTime verifiedAt) {

}
