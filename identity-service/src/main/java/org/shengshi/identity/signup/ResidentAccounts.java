package org.shengshi.identity.signup;

import java.util.Optional;

import org.shengshi.platform.pii.PiiCipher;

import org.springframework.stereotype.Component;

/**
 * Reads the phone a resident signed up with (plaintext: callers audit the read).
 */
@Component
public class ResidentAccounts {

	private final ResidentAccountMapper accounts;

	private final PiiCipher cipher;

	ResidentAccounts(ResidentAccountMapper accounts, PiiCipher cipher) {
		this.accounts = accounts;
		this.cipher = cipher;
	}

	public Optional<String> phoneOf(String subject) {
		return Optional.ofNullable(this.accounts.findBySubject(subject))
			.map((row) -> this.cipher.open(row.phone(), SignupService.PHONE_COLUMN));
	}

}
