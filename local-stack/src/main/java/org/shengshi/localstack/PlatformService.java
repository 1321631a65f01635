package org.shengshi.localstack;

import java.util.Locale;

/**
 * The six Spring Boot applications, in the order the stack starts them (the gateway last,
 * so it finds every service up).
 */
public enum PlatformService {

	IDENTITY("identity-service", "identity", 8081, "shengshi_identity"),

	CATALOG("service-catalog", "catalog", 8082, "shengshi_catalog"),

	CASES("case-service", "cases", 8083, "shengshi_case"),

	PAYMENTS("payment-adapter", "payments", 8084, "shengshi_payment"),

	CERTIFICATES("e-certificate-service", "certificates", 8085, "shengshi_certificate"),

	GATEWAY("gateway", "gateway", 8080, null);

	private final String module;

	private final String routeKey;

	private final int basePort;

	private final String database;

	PlatformService(String module, String routeKey, int basePort, String database) {
		this.module = module;
		this.routeKey = routeKey;
		this.basePort = basePort;
		this.database = database;
	}

	/**
	 * Maven module, jar name ({@code <module>/target/<module>.jar}), log file name and,
	 * for the five services, the Keycloak client id.
	 */
	public String module() {
		return this.module;
	}

	/**
	 * Key under {@code /api/v1/<key>} and in {@code SHENGSHI_GATEWAY_SERVICES_<KEY>}.
	 */
	public String routeKey() {
		return this.routeKey;
	}

	public int basePort() {
		return this.basePort;
	}

	/**
	 * The service's own MariaDB database, or {@code null} for the gateway.
	 */
	public String database() {
		return this.database;
	}

	public boolean isGateway() {
		return this == GATEWAY;
	}

	String envKey() {
		return this.routeKey.toUpperCase(Locale.ROOT);
	}

	static PlatformService byModule(String module) {
		for (PlatformService service : values()) {
			if (service.module.equals(module)) {
				return service;
			}
		}
		throw new StackStartException("Unknown service '" + module + "' in SHENGSHI_SERVICES: use module names such as "
				+ IDENTITY.module + " or " + GATEWAY.module);
	}

}
