package org.shengshi.certificate.presentation;

import java.security.SecureRandom;

/**
 * Draws presentation tokens from a {@link SecureRandom}.
 */
public final class PresentationTokenGenerator {

	private final SecureRandom random;

	public PresentationTokenGenerator() {
		this(new SecureRandom());
	}

	PresentationTokenGenerator(SecureRandom random) {
		this.random = random;
	}

	/** A fresh token. */
	public PresentationToken next() {
		return PresentationToken.random(this.random);
	}

}
