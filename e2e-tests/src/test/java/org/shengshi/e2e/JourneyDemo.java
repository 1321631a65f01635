package org.shengshi.e2e;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.shengshi.localstack.RepoRoot;
import org.shengshi.localstack.StackConfig;

/**
 * Plays journey 2 (居住证申领 from search to certificate, a 1-star rating, a paid replacement
 * with a duplicated payment callback) against a running local stack and prints each step:
 * {@code e2e-tests/demo} (README). The stack is found the way {@code ./shengshi} placed
 * it: {@code SHENGSHI_PORT_OFFSET} and {@code SHENGSHI_DATA_DIR}.
 */
public final class JourneyDemo {

	private JourneyDemo() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		StackConfig config = StackConfig.fromEnvironment(System.getenv(), RepoRoot.locate());
		Platform platform = new Platform(config);
		out.println("Journey 2 (居住证申领) through the gateway at " + config.gatewayUrl());
		if (!gatewayUp(platform, config)) {
			out.println("The gateway does not answer at " + config.gatewayUrl()
					+ ": start the local stack first (./shengshi) with the same SHENGSHI_PORT_OFFSET.");
			System.exit(2);
		}
		Instant start = Instant.now();
		try {
			new ResidencePermitJourney(platform, (step) -> out.println("  " + step)).run();
			out.printf("Done in %d s.%n", Duration.between(start, Instant.now()).toSeconds());
		}
		catch (AssertionError ex) {
			out.println("The journey stopped: " + ex.getMessage());
			System.exit(1);
		}
	}

	private static boolean gatewayUp(Platform platform, StackConfig config) {
		try {
			return platform.get(config.gatewayUrl() + "/actuator/health").status() == 200;
		}
		catch (java.io.UncheckedIOException ex) {
			return false;
		}
	}

}
