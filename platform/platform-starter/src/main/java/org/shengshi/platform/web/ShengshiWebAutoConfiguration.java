package org.shengshi.platform.web;

import io.micrometer.tracing.Tracer;
import jakarta.servlet.DispatcherType;
import org.shengshi.platform.problem.ProblemAutoConfiguration;
import org.shengshi.platform.problem.ProblemWriter;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.client.RestClient;

/**
 * Request id, body size limit, trace context access and outgoing call timeouts.
 */
@AutoConfiguration(
		after = { ProblemAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class },
		before = RestClientAutoConfiguration.class)
@EnableConfigurationProperties(ShengshiWebProperties.class)
public class ShengshiWebAutoConfiguration {

	/**
	 * Just after the server observation filter (which opens the trace span) and before
	 * Spring Security.
	 */
	static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	static final int BODY_SIZE_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class ServletFilters {

		@Bean
		FilterRegistrationBean<RequestIdFilter> shengshiRequestIdFilter() {
			FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
			registration.setOrder(REQUEST_ID_ORDER);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
			return registration;
		}

		@Bean
		FilterRegistrationBean<BodySizeLimitFilter> shengshiBodySizeLimitFilter(ShengshiWebProperties properties,
				ProblemWriter problemWriter) {
			FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
					new BodySizeLimitFilter(properties.maxBodySize().toBytes(), problemWriter));
			registration.setOrder(BODY_SIZE_ORDER);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClient.class)
	static class OutgoingCalls {

		@Bean
		RestClientTimeoutsCustomizer shengshiRestClientTimeouts(
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> builder, ObjectProvider<HttpClientSettings> settings,
				ShengshiWebProperties properties) {
			return new RestClientTimeoutsCustomizer(builder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect),
					settings.getIfAvailable(HttpClientSettings::defaults), properties.client());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	static class Tracing {

		@Bean
		TraceContextRegistration shengshiTraceContext(ObjectProvider<Tracer> tracer) {
			return new TraceContextRegistration(tracer.getIfAvailable());
		}

	}

	static final class TraceContextRegistration implements DisposableBean {

		private final Tracer tracer;

		TraceContextRegistration(Tracer tracer) {
			this.tracer = tracer;
			TraceContext.register(tracer);
		}

		@Override
		public void destroy() {
			TraceContext.unregister(this.tracer);
		}

	}

}
