package org.shengshi.platform.problem;

import org.jspecify.annotations.Nullable;

/**
 * Helpers shared by the advice and the error controller.
 */
final class Problems {

	private static final int MAX_CAUSE_DEPTH = 16;

	private Problems() {
	}

	/**
	 * The first {@link ProblemException} in the cause chain (a problem raised while
	 * reading a body, for example, arrives wrapped by the message converter).
	 */
	static @Nullable ProblemException findProblem(@Nullable Throwable ex) {
		Throwable current = ex;
		for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (current instanceof ProblemException problem) {
				return problem;
			}
			current = current.getCause();
		}
		return null;
	}

}
