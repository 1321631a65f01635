package org.shengshi.platform.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class EventsPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void defaultsMatchTheDocumentation() {
		this.runner.run((context) -> {
			EventsProperties properties = context.getBean(EventsProperties.class);
			assertThat(properties.migrateSchema()).isTrue();
			assertThat(properties.outboxRetention()).isEqualTo(Duration.ofDays(7));
			assertThat(properties.inboxRetention()).isEqualTo(Duration.ofDays(30));
			assertThat(properties.relay().pollInterval()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.relay().batchSize()).isEqualTo(100);
			assertThat(properties.relay().streamMaxLength()).isEqualTo(100_000);
			assertThat(properties.consumer().blockTimeout()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.consumer().claimMinIdle()).isEqualTo(Duration.ofMinutes(1));
			assertThat(properties.consumer().maxDeliveries()).isEqualTo(5);
		});
	}

	@Test
	void invalidSettingsStopTheStart() {
		this.runner.withPropertyValues("shengshi.events.relay.batch-size=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("shengshi.events.consumer.max-deliveries=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("shengshi.events.relay.poll-interval=0s")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("shengshi.events.consumer.block-timeout=5m")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EventsProperties.class)
	static class PropertiesOnly {

	}

}
