package org.shengshi.platform.idempotency;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code Idempotency-Key} handling for {@link Idempotent} handlers of a servlet service,
 * stored in Redis.
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(StringRedisTemplate.class)
@ConditionalOnBooleanProperty(name = "shengshi.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

	/**
	 * After Spring Security (so unauthenticated requests are never buffered) and the
	 * platform's request filters, as close to the handler as possible.
	 */
	static final int FILTER_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	@Bean
	IdempotencyStore idempotencyStore(StringRedisTemplate redis, IdempotencyProperties properties) {
		return new IdempotencyStore(redis, JsonMapper.builder().build(), properties);
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore idempotencyStore,
			IdempotencyProperties properties) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(idempotencyStore, properties));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	@Bean
	WebMvcConfigurer idempotencyInterceptorConfigurer(IdempotencyStore idempotencyStore,
			IdempotencyProperties properties, Environment environment) {
		String service = environment.getProperty("spring.application.name", "application");
		IdempotencyInterceptor interceptor = new IdempotencyInterceptor(
				new IdempotencyGate(idempotencyStore, properties), properties, service);
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor);
			}

		};
	}

}
