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
		registry.add("shengshi.identity.registry.read-timeout", () -> "2s");
		registry.add("shengshi.sandbox.sms.url", SmsSandbox::baseUrl);
		registry.add("shengshi.sandbox.face.url", FaceSandbox::baseUrl);
		registry.add("shengshi.sandbox.face.read-timeout", () -> "2s");
		registry.add("shengshi.sandbox.sms.read-timeout", () -> "2s");
		registry.add("shengshi.identity.signup.resend-interval", () -> "30s");
		registry.add("shengshi.identity.signup.codes-per-phone", () -> "3");
		registry.add("shengshi.identity.signup.codes-per-address", () -> "4");
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

	/**
	 * A resident known to the identity provider and verified through the real-name flow
	 * (registry sandbox reports a match).
	 */
	protected VerifiedResident verifiedResident(String name) {
		String subject = java.util.UUID.randomUUID().toString();
		this.identityProvider.register(subject, "v-" + subject);
		String idNumber = IdNumbers.fresh();
		PopulationRegistrySandbox.reportsMatch(idNumber);
		Http.Reply reply = http().post("/api/v1/identity/realname",
				"{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\"}",
				auth(TOKENS.resident(subject).loa(1).bearer()));
		if (reply.status() != 200) {
			throw new IllegalStateException("verification failed: " + reply.body());
		}
		return new VerifiedResident(subject, idNumber, reply.json().get("identityId").asString());
	}

	/**
	 * A verified resident of a test.
	 */
	protected record VerifiedResident(String subject, String idNumber, String identityId) {
	}

}
