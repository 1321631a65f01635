package org.shengshi.platform.test;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the JVM's real MariaDB (a fresh schema per context),
 * the real redis-server, the test JWT issuer and fresh PII keys (unless the test sets its
 * own {@code shengshi.pii.*}).
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		EmbeddedMariaDb mariaDb = EmbeddedMariaDb.shared();
		EmbeddedRedis redis = EmbeddedRedis.shared();
		TestJwtIssuer jwt = TestJwtIssuer.shared();
		String schema = mariaDb.newSchema(environment.getProperty("spring.application.name", "test"));
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", mariaDb.jdbcUrl(schema));
		properties.put("spring.datasource.username", "root");
		properties.put("spring.datasource.password", "");
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", redis.port());
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", jwt.issuer());
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwt.jwkSetUri());
		properties.put("spring.security.oauth2.resourceserver.jwt.audiences", TestJwtIssuer.AUDIENCE);
		properties.put("shengshi.test.schema", schema);
		if (!environment.containsProperty("shengshi.pii.active-key-id")) {
			properties.putAll(TestPiiKeys.properties());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("shengshi-real-infrastructure", properties));
	}

}
