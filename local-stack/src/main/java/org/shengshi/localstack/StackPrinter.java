package org.shengshi.localstack;

import java.io.PrintStream;

/**
 * What a developer needs once the stack is up: URLs, Keycloak admin, demo accounts.
 */
final class StackPrinter {

	private StackPrinter() {
	}

	static void print(RunningStack stack, PrintStream out) {
		StackConfig config = stack.config();
		out.println();
		out.println("Shengshi is running (local development only):");
		row(out, "Gateway", stack.gatewayUrl());
		row(out, "API docs (Swagger UI)", stack.gatewayUrl() + "/swagger-ui.html");
		row(out, "Keycloak admin console", stack.keycloakUrl() + "/admin   (user " + StackConfig.KEYCLOAK_ADMIN
				+ ", password " + StackConfig.KEYCLOAK_ADMIN_PASSWORD + ")");
		row(out, "Token endpoint", stack.tokenUri());
		row(out, "MariaDB", "127.0.0.1:" + config.mariaDbPort() + " (user root, no password)");
		row(out, "Redis", "127.0.0.1:" + config.redisPort());
		row(out, "Logs", config.logDir().toString());
		row(out, "Data", config.dataDir().toString());
		out.println();
		out.println("Demo accounts of realm " + StackConfig.REALM + " (password = user name):");
		out.printf("  %-12s %-18s %-10s %s%n", "user", "role", "department", "loa");
		for (DemoAccount account : DemoAccount.all()) {
			out.printf("  %-12s %-18s %-10s %d%n", account.username(), account.role(),
					(account.department() != null) ? account.department() : "-", account.loa());
		}
		out.println();
		out.println("Token for a demo user: curl -s -d grant_type=password -d client_id=shengshi-test"
				+ " -d client_secret=shengshi-test-secret -d username=resident1 -d password=resident1 "
				+ stack.tokenUri());
		out.println("Press Ctrl-C to stop everything.");
	}

	private static void row(PrintStream out, String label, String value) {
		out.printf("  %-24s %s%n", label, value);
	}

}
