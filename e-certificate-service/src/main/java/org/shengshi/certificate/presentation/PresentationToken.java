package org.shengshi.certificate.presentation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A presentation token: 192 random bits as 32 base64url characters, a pure handle with no
 * meaning of its own (the certificate, disclosure and expiry live server side). It is a
 * bearer secret: {@link #toString()} shows only a prefix, and stores should key on
 * {@link #digest()} rather than the token itself.
 *
 * @param value the 32-character token
 */
public record PresentationToken(String value) {

	/** Random bytes per token (192 bits). */
	static final int BYTES = 24;

	/** Length of the token text. */
	public static final int LENGTH = 32;

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

	public PresentationToken {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new InvalidPresentationTokenException();
		}
	}

	/**
	 * Reads a token as submitted by a verifier.
	 * @throws InvalidPresentationTokenException for anything that is not a token
	 */
	public static PresentationToken parse(String text) {
		return new PresentationToken(text);
	}

	static PresentationToken random(SecureRandom random) {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return new PresentationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** SHA-256 of the token, base64url: the key to store the presentation under. */
	public String digest() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "PresentationToken[" + this.value.substring(0, 4) + "…]";
	}

}
