package org.shengshi.platform.events;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and upgrades the platform's own tables ({@code event_outbox},
 * {@code event_inbox}) with a Flyway instance of its own: scripts in
 * {@code classpath:db/platform}, history in {@code platform_schema_history}. It runs
 * before the service's Flyway, so service migrations (V1, V2 ...) and platform migrations
 * never share a version sequence.
 */
final class PlatformSchemaMigration implements InitializingBean {

	static final String HISTORY_TABLE = "platform_schema_history";

	static final String LOCATION = "classpath:db/platform";

	private final DataSource dataSource;

	private final ClassLoader classLoader;

	PlatformSchemaMigration(DataSource dataSource, ClassLoader classLoader) {
		this.dataSource = dataSource;
		this.classLoader = classLoader;
	}

	@Override
	public void afterPropertiesSet() {
		Flyway.configure(this.classLoader)
			.dataSource(this.dataSource)
			.table(HISTORY_TABLE)
			.locations(LOCATION)
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
