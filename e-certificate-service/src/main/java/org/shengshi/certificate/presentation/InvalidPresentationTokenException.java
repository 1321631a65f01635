package org.shengshi.certificate.presentation;

/**
 * Text that cannot be a presentation token; refused before any lookup. The message never
 * repeats the submitted text.
 */
public class InvalidPresentationTokenException extends IllegalArgumentException {

	public InvalidPresentationTokenException() {
		super("not a presentation token");
	}

	/** Stable machine code for error responses. */
	public String code() {
		return "PRESENTATION_TOKEN_MALFORMED";
	}

}
