package org.shengshi.identity.realname;

/**
 * Thrown when a resident identity number fails the local GB 11643 checks. The message
 * never contains the number itself.
 */
public class InvalidIdNumberException extends IllegalArgumentException {

	private final ResidentIdNumber.Problem problem;

	public InvalidIdNumberException(ResidentIdNumber.Problem problem) {
		super("invalid resident identity number: " + problem);
		this.problem = problem;
	}

	public ResidentIdNumber.Problem problem() {
		return this.problem;
	}

}
