package org.shengshi.platform.idempotency;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void defaultsMatchTheDocumentation() {
		this.runner.run((context) -> {
			IdempotencyProperties properties = context.getBean(IdempotencyProperties.class);
			assertThat(properties.enabled()).isTrue();
			assertThat(properties.ttl()).isEqualTo(Duration.ofHours(24));
			assertThat(properties.inProgressTtl()).isEqualTo(Duration.ofMinutes(1));
			assertThat(properties.inProgressWait()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.replayHeaders()).containsExactly("Location");
			assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofMegabytes(10));
			assertThat(properties.keyPrefix()).isEqualTo("shengshi:idempotency");
		});
	}

	@Test
	void invalidSettingsStopTheStart() {
		this.runner.withPropertyValues("shengshi.idempotency.ttl=10s")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("shengshi.idempotency.max-body-size=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("shengshi.idempotency.in-progress-wait=-1s")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("shengshi.idempotency.key-prefix=with space")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IdempotencyProperties.class)
	static class PropertiesOnly {

	}

}
