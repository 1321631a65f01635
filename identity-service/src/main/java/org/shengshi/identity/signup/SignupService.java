package org.shengshi.identity.signup;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.shengshi.identity.provider.IdentityProvider;
import org.shengshi.identity.provider.IdentityProviderException;
import org.shengshi.identity.shared.Ids;
import org.shengshi.identity.signup.SignupRequests.CodeSent;
import org.shengshi.identity.signup.SignupRequests.SignedUp;
import org.shengshi.identity.signup.SmsGateway.SmsUnavailableException;
import org.shengshi.platform.pii.BlindIndex;
import org.shengshi.platform.pii.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Sign-up by phone. A code is stored only once the SMS gateway accepted it; a failed send
 * gives the slot back. An account is the Keycloak user (username = phone, attributes
 * {@code loa} 1 and {@code phone}, realm role {@code resident}, the password) plus the
 * local {@code resident_account} row; when the row cannot be written the Keycloak user is
 * deleted again, so neither exists without the other.
 */
@Service
class SignupService {

	static final String PHONE_COLUMN = "resident_account.phone";

	private static final Logger log = LoggerFactory.getLogger(SignupService.class);

	private final OtpStore codes;

	private final SmsGateway sms;

	private final IdentityProvider provider;

	private final ResidentAccountMapper accounts;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final SignupProperties properties;

	SignupService(OtpStore codes, SmsGateway sms, IdentityProvider provider, ResidentAccountMapper accounts,
			PiiCipher cipher, BlindIndex blindIndex, SignupProperties properties) {
		this.codes = codes;
		this.sms = sms;
		this.provider = provider;
		this.accounts = accounts;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.properties = properties;
	}

	CodeSent sendCode(String phone, String clientAddress) {
		OtpStore.Reservation reservation = this.codes.reserve(phone, clientAddress);
		try {
			this.sms.send(phone, this.properties.smsTemplate(), Map.of("code", reservation.code(), "minutes",
					String.valueOf(this.properties.codeLifetime().toMinutes())));
		}
		catch (SmsUnavailableException ex) {
			this.codes.release(reservation);
			log.warn("SMS gateway did not take a sign-up code: {}", ex.getMessage());
			throw SignupProblems.smsUnavailable();
		}
		this.codes.store(reservation);
		return new CodeSent(this.properties.codeLifetime().toSeconds(), this.properties.resendInterval().toSeconds(),
				this.properties.maxAttempts());
	}

	SignedUp signUp(String phone, String code, String password) {
		this.codes.check(phone, code);
		String phoneIndex = this.blindIndex.of(PHONE_COLUMN, phone);
		if (this.accounts.phoneTaken(phoneIndex)) {
			this.codes.consume(phone);
			throw SignupProblems.phoneTaken();
		}
		String subject = createInProvider(phone, password);
		try {
			this.accounts.insert(new ResidentAccountRow(Ids.newId(), subject, this.cipher.seal(phone, PHONE_COLUMN),
					phoneIndex, LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)));
		}
		catch (DataAccessException ex) {
			compensate(subject);
			throw phoneTakenNow(phoneIndex) ? SignupProblems.phoneTaken() : SignupProblems.notCompleted();
		}
		this.codes.consume(phone);
		log.info("Resident signed up: subject {}", subject);
		return new SignedUp(subject, 1);
	}

	private String createInProvider(String phone, String password) {
		try {
			return this.provider.createUser(phone, Map.of("loa", "1", "phone", phone), Set.of("resident"), password);
		}
		catch (IdentityProviderException ex) {
			if (ex.conflict()) {
				this.codes.consume(phone);
				throw SignupProblems.phoneTaken();
			}
			log.warn("Identity provider failed during sign-up: {}", ex.getMessage());
			throw SignupProblems.providerUnavailable();
		}
	}

	private boolean phoneTakenNow(String phoneIndex) {
		try {
			return this.accounts.phoneTaken(phoneIndex);
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

	private void compensate(String subject) {
		try {
			this.provider.deleteUser(subject);
			log.warn("Sign-up of subject {} rolled back: the account row could not be written", subject);
		}
		catch (IdentityProviderException ex) {
			log.error("Sign-up of subject {} left a Keycloak user without account row: {}", subject, ex.getMessage());
		}
	}

}
