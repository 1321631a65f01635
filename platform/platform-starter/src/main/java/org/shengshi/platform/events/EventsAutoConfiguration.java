package org.shengshi.platform.events;

import java.time.Clock;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox, relay and consumers for every service with a database. The event source and the
 * consumer group are the service's {@code spring.application.name}.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class,
		after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, JacksonAutoConfiguration.class, DataRedisAutoConfiguration.class })
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

	private static final int MAX_NAME_LENGTH = 64;

	@Bean
	@ConditionalOnMissingBean
	TraceparentProvider traceparentProvider() {
		return new MdcTraceparentProvider();
	}

	@Bean
	OutboxRepository eventOutboxRepository(DataSource dataSource,
			ObjectProvider<PlatformSchemaMigration> platformSchema) {
		awaitPlatformTables(platformSchema);
		return new OutboxRepository(new NamedParameterJdbcTemplate(dataSource));
	}

	@Bean
	InboxRepository eventInboxRepository(DataSource dataSource,
			ObjectProvider<PlatformSchemaMigration> platformSchema) {
		awaitPlatformTables(platformSchema);
		return new InboxRepository(new NamedParameterJdbcTemplate(dataSource));
	}

	@Bean
	EnvelopeCodec eventEnvelopeCodec(ObjectProvider<JsonMapper> jsonMapper) {
		return new EnvelopeCodec(jsonMapper.getIfAvailable(JsonMapper::shared));
	}

	@Bean
	EventPublisher eventPublisher(Environment environment, OutboxRepository eventOutboxRepository,
			EnvelopeCodec eventEnvelopeCodec, TraceparentProvider traceparentProvider,
			ObjectProvider<OutboxRelay> outboxRelay) {
		return new EventPublisher(serviceName(environment), eventOutboxRepository, eventEnvelopeCodec,
				traceparentProvider, Clock.systemUTC(), () -> outboxRelay.ifAvailable(OutboxRelay::wake));
	}

	@Bean
	OutboxReplay outboxReplay(OutboxRepository eventOutboxRepository) {
		return new OutboxReplay(eventOutboxRepository);
	}

	/**
	 * Initialises the platform migration (when enabled) before a repository can touch the
	 * tables it creates.
	 */
	private static void awaitPlatformTables(ObjectProvider<PlatformSchemaMigration> platformSchema) {
		platformSchema.getIfAvailable();
	}

	static String serviceName(Environment environment) {
		String name = environment.getProperty("spring.application.name");
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalStateException("spring.application.name must be set (at most " + MAX_NAME_LENGTH
					+ " characters): it names the event source, its stream and the consumer group");
		}
		return name;
	}

	static TransactionTemplate transactions(ObjectProvider<PlatformTransactionManager> transactionManager) {
		return new TransactionTemplate(transactionManager.getObject());
	}

	/**
	 * The relay's claim transaction runs at READ COMMITTED: under InnoDB's default
	 * REPEATABLE READ its {@code FOR UPDATE SKIP LOCKED} scan also takes gap locks, which
	 * deadlock with business transactions inserting their outbox rows at the same time
	 * (seen as 409s on concurrent payment callbacks); at READ COMMITTED only the claimed
	 * rows are locked.
	 */
	static TransactionTemplate relayTransactions(ObjectProvider<PlatformTransactionManager> transactionManager) {
		TransactionTemplate template = new TransactionTemplate(transactionManager.getObject());
		template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return template;
	}

	/**
	 * The platform tables, migrated before the service's own Flyway runs.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "shengshi.events.migrate-schema", matchIfMissing = true)
	static class PlatformSchemaConfiguration {

		@Bean
		PlatformSchemaMigration platformSchemaMigration(DataSource dataSource, ResourceLoader resourceLoader) {
			return new PlatformSchemaMigration(dataSource, resourceLoader.getClassLoader());
		}

		/**
		 * Runs the platform migration first (by depending on it) and lets the service's
		 * Flyway start on a schema that already holds the platform tables: without a
		 * history table of its own it baselines at version 0, so its V1 still runs. A
		 * service that sets {@code spring.flyway.baseline-*} itself keeps its settings.
		 */
		@Bean
		FlywayConfigurationCustomizer platformTablesFlywayCustomizer(PlatformSchemaMigration platformSchemaMigration,
				Environment environment) {
			Binder binder = Binder.get(environment);
			boolean configured = binder.bind("spring.flyway.baseline-on-migrate", Boolean.class).isBound()
					|| binder.bind("spring.flyway.baseline-version", String.class).isBound();
			return (configuration) -> {
				if (!configured) {
					configuration.baselineOnMigrate(true).baselineVersion("0");
				}
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(StringRedisTemplate.class)
	@ConditionalOnBooleanProperty(name = "shengshi.events.relay.enabled", matchIfMissing = true)
	static class RelayConfiguration {

		@Bean
		OutboxRelay outboxRelay(OutboxRepository eventOutboxRepository, StringRedisTemplate redis,
				ObjectProvider<PlatformTransactionManager> transactionManager, EventsProperties properties) {
			return new OutboxRelay(eventOutboxRepository, redis, relayTransactions(transactionManager), properties,
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(StringRedisTemplate.class)
	@ConditionalOnBooleanProperty(name = "shengshi.events.consumer.enabled", matchIfMissing = true)
	static class ConsumerConfiguration {

		@Bean
		EventConsumer eventConsumer(StringRedisTemplate redis, ObjectProvider<EventHandler> handlers,
				Environment environment, InboxRepository eventInboxRepository,
				ObjectProvider<PlatformTransactionManager> transactionManager, EnvelopeCodec eventEnvelopeCodec,
				EventsProperties properties) {
			return new EventConsumer(redis, handlers.orderedStream().toList(), serviceName(environment),
					eventInboxRepository, transactions(transactionManager), eventEnvelopeCodec, properties,
					Clock.systemUTC());
		}

	}

}
