package org.shengshi.certificate.type;

import java.util.List;

/**
 * Certificate type definitions that fail validation; the service must not start with
 * them.
 */
public class InvalidCertificateTypeException extends IllegalStateException {

	private final List<String> problems;

	public InvalidCertificateTypeException(List<String> problems) {
		super("invalid certificate type definitions:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, each prefixed with the source it came from. */
	public List<String> problems() {
		return this.problems;
	}

}
