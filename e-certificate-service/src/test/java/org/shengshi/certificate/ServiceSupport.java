package org.shengshi.certificate;

import java.util.UUID;

import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port with real MariaDB, Redis and test tokens.
 */
@ShengshiServiceTest
public abstract class ServiceSupport {

	/** Issuing department of the resident e-ID and the residence permit. */
	public static final String POLICE = "440100-GA";

	public static final String RESIDENT_E_ID = "111000000000190198001";

	public static final String RESIDENCE_PERMIT = "111000000000190198002";

	protected static final TestJwtIssuer TOKENS = TestJwtIssuer.shared();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void identityService(DynamicPropertyRegistry registry) {
		IdentityStub identity = IdentityStub.shared();
		registry.add("shengshi.identity-client.url", identity::baseUrl);
		registry.add("shengshi.identity-client.token-uri", identity::tokenUri);
	}

	protected Http http() {
		return new Http(this.port);
	}

	protected static String newSubject() {
		return "u-" + UUID.randomUUID();
	}

	protected static String resident(String subject, int loa) {
		return TOKENS.resident(subject).loa(loa).bearer();
	}

	protected static String staff(String department, String... roles) {
		return TOKENS.staff("staff-" + UUID.randomUUID(), department, roles).bearer();
	}

}
