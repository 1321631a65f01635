package org.shengshi.payment.channel;

import java.util.Objects;

/**
 * The result of parsing and verifying a callback: accepted with its notice, or rejected
 * with the reason. A rejected callback must change nothing.
 */
public sealed interface CallbackVerification {

	static CallbackVerification accepted(CallbackNotice notice) {
		return new Accepted(notice);
	}

	static CallbackVerification rejected(RejectReason reason, String detail) {
		return new Rejected(reason, detail);
	}

	default boolean isAccepted() {
		return this instanceof Accepted;
	}

	record Accepted(CallbackNotice notice) implements CallbackVerification {

		public Accepted {
			Objects.requireNonNull(notice, "notice");
		}

	}

	/**
	 * @param reason stable reason for the security audit entry
	 * @param detail short description safe to log (no body content)
	 */
	record Rejected(RejectReason reason, String detail) implements CallbackVerification {

	}

	/** Why a callback was refused. */
	enum RejectReason {

		/** A required signature header or field is missing. */
		MISSING_SIGNATURE,
		/** The certificate serial / certId names no certificate we trust. */
		UNKNOWN_CERTIFICATE,
		/** The signature does not verify. */
		BAD_SIGNATURE,
		/** The signed timestamp is outside the allowed window. */
		STALE_TIMESTAMP,
		/**
		 * The signature method is not the one we accept (e.g. Alipay RSA instead of
		 * RSA2).
		 */
		UNSUPPORTED_ALGORITHM,
		/**
		 * The encrypted resource does not decrypt (wrong key, tampered ciphertext, nonce
		 * or tag).
		 */
		DECRYPTION_FAILED,
		/** Signed and decrypted, but not a message we understand. */
		MALFORMED

	}

}
