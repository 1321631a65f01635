package org.shengshi.certificate.keys;

import java.time.Instant;

/**
 * One stored issuer key, as in table {@code issuer_key}.
 */
record IssuerKeyRow(String kid, String departmentCode, String algorithm, String publicKey, String encryptedPrivateKey,
		Instant createdAt, Instant retiredAt, String activeDepartment) {

}
