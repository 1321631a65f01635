package org.shengshi.identity.support;

import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of identity-service integration tests: the whole service on a random port against
 * real MariaDB, Redis and test JWTs.
 */
@ShengshiServiceTest
@Import(TestOutsideSystems.class)
public abstract class IdentityServiceIT {

	protected static final TestJwtIssuer TOKENS = TestJwtIssuer.shared();

	@DynamicPropertySource
	static void outsideSystems(DynamicPropertyRegistry registry) {
		registry.add("shengshi.identity.registry.base-url", PopulationRegistrySandbox::baseUrl);
		registry.add("shengshi.identity.registry.read-timeout", () -> "1s");
	}

	@LocalServerPort
	private int port;

	@Autowired
	protected RecordingIdentityProvider identityProvider;

	protected Http http() {
		return new Http(this.port);
	}

	protected static String[] auth(String bearer) {
		return new String[] { "Authorization", bearer };
	}

}
