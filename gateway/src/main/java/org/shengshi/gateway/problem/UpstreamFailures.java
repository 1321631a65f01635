package org.shengshi.gateway.problem;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Tells failures of a service (unreachable, reset, too slow) from everything else. These
 * are what circuit breakers count and what the gateway answers with 503 or 504.
 */
public final class UpstreamFailures {

	private static final int MAX_CAUSE_DEPTH = 10;

	private UpstreamFailures() {
	}

	public static boolean isUpstreamFailure(Throwable failure) {
		return isTimeout(failure) || isUnreachable(failure);
	}

	public static boolean isTimeout(Throwable failure) {
		return hasCause(failure, TimeoutException.class)
				|| hasCause(failure, io.netty.handler.timeout.TimeoutException.class)
				|| hasCause(failure, org.springframework.cloud.gateway.support.TimeoutException.class);
	}

	public static boolean isUnreachable(Throwable failure) {
		return hasCause(failure, IOException.class);
	}

	static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (type.isInstance(current)) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

}
