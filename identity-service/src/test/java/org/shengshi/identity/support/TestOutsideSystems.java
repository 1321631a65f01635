package org.shengshi.identity.support;

import org.shengshi.identity.provider.IdentityProvider;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Outside systems for service tests: Keycloak's admin side is the recording provider.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOutsideSystems {

	@Bean
	@Primary
	RecordingIdentityProvider recordingIdentityProvider() {
		return new RecordingIdentityProvider();
	}

}
