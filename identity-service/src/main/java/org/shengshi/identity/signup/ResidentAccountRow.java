package org.shengshi.identity.signup;

import java.time.LocalDateTime;

import org.shengshi.platform.pii.EncryptedString;

/**
 * A row of {@code resident_account}; {@code phone} is the ciphertext.
 */
record ResidentAccountRow(String id, String subject, EncryptedString phone, String phoneIndex,
		LocalDateTime createdAt) {

}
