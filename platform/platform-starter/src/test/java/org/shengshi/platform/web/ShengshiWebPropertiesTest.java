package org.shengshi.platform.web;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ShengshiWebPropertiesTest {

	@Test
	void defaultsAreOneMebibyteAndShortTimeouts() {
		ShengshiWebProperties properties = bind(Map.of());
		assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(properties.client().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.client().readTimeout()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void environmentVariablesOverrideTheDefaults() {
		ShengshiWebProperties properties = bind(Map.of("SHENGSHI_WEB_MAX_BODY_SIZE", "2MB",
				"SHENGSHI_WEB_CLIENT_CONNECT_TIMEOUT", "500ms", "SHENGSHI_WEB_CLIENT_READ_TIMEOUT", "3s"));
		assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofMegabytes(2));
		assertThat(properties.client().connectTimeout()).isEqualTo(Duration.ofMillis(500));
		assertThat(properties.client().readTimeout()).isEqualTo(Duration.ofSeconds(3));
	}

	private static ShengshiWebProperties bind(Map<String, Object> env) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
		return Binder.get(environment).bindOrCreate("shengshi.web", ShengshiWebProperties.class);
	}

}
