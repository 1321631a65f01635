package org.shengshi.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The defaults every Shengshi service starts with. They sit below every other property
 * source, so a service's {@code application.yml}, system properties or environment
 * variables override any of them.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "shengshiServiceDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getPropertySources().contains(SOURCE_NAME)) {
			environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults()));
		}
	}

	static Map<String, Object> defaults() {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.health.livenessstate.enabled", "true");
		defaults.put("management.health.readinessstate.enabled", "true");
		// Spring Security's per-filter, authentication and authorization observations
		// cost about a
		// tenth of a simple request's CPU (profiled: docs/performance.md); every request
		// keeps its
		// http.server.requests observation, metrics and trace.
		defaults.put("management.observations.enable.spring.security", "false");
		// MySQL Connector/J: each connection keeps its parsed statements (parsing the SQL
		// of
		// every statement was about 5 % of case-service's CPU in the mixed workload) and
		// its
		// own autocommit and isolation state, so a transaction does not ask the server
		// for
		// them (docs/performance.md, session 13)
		String driver = "spring.datasource.hikari.data-source-properties.";
		defaults.put(driver + "cachePrepStmts", "true");
		defaults.put(driver + "prepStmtCacheSize", "250");
		defaults.put(driver + "prepStmtCacheSqlLimit", "2048");
		defaults.put(driver + "useLocalSessionState", "true");
		defaults.put(driver + "cacheServerConfiguration", "true");
		defaults.put(driver + "maintainTimeStats", "false");
		defaults.put("server.error.include-stacktrace", "never");
		defaults.put("server.error.include-message", "never");
		defaults.put("server.error.include-binding-errors", "never");
		defaults.put("server.error.include-exception", "false");
		defaults.put("spring.mvc.problemdetails.enabled", "true");
		defaults.put("spring.mvc.locale", "zh_CN");
		defaults.put("spring.jackson.default-property-inclusion", "non_null");
		defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "false");
		defaults.put("spring.jackson.deserialization.fail-on-null-for-primitives", "true");
		// the listen backlog, connections waiting to be accepted (Tomcat's default is
		// 100): when a service pauses, the gateway opens a connection for each request
		// that arrives meanwhile, and a full backlog drops the new connections' SYNs,
		// which the kernel sends again only after a second (docs/performance.md, s. 19)
		defaults.put("server.tomcat.accept-count", "1024");
		defaults.put("server.shutdown", "graceful");
		defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
		defaults.put("springdoc.api-docs.path", "/v3/api-docs");
		defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
		return defaults;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
