package org.shengshi.platform.pii;

/**
 * A ciphertext could not be opened: unknown key id, wrong associated data, tampering or a
 * malformed value. The message never contains plaintext or key material.
 */
public class PiiCryptoException extends RuntimeException {

	public PiiCryptoException(String message) {
		super(message);
	}

	public PiiCryptoException(String message, Throwable cause) {
		super(message, cause);
	}

}
