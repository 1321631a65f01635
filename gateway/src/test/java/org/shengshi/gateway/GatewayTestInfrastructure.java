package org.shengshi.gateway;

import java.util.HashMap;
import java.util.Map;

import org.shengshi.platform.test.EmbeddedRedis;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the gateway at the WireMock upstreams, the real embedded redis-server and the
 * test JWT issuer. The gateway has no database, so it does not use
 * {@code RealInfrastructureInitializer}.
 */
class GatewayTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Upstreams upstreams = Upstreams.shared();
		TestJwtIssuer jwt = TestJwtIssuer.shared();
		Map<String, Object> properties = new HashMap<>();
		for (String name : Upstreams.NAMES) {
			properties.put("shengshi.gateway.services." + name, upstreams.uri(name));
		}
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", EmbeddedRedis.shared().port());
		// as in production (commons-pool2 is only on the test class path): one shared
		// connection
		properties.put("spring.data.redis.lettuce.pool.enabled", false);
		// a loaded CI machine can take seconds to connect; production keeps its short
		// timeouts
		properties.put("spring.data.redis.timeout", "5s");
		properties.put("spring.data.redis.connect-timeout", "5s");
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", jwt.issuer());
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwt.jwkSetUri());
		properties.put("spring.security.oauth2.resourceserver.jwt.audiences", TestJwtIssuer.AUDIENCE);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("gateway-test-infrastructure", properties));
	}

}
