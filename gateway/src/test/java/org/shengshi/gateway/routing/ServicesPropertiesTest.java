package org.shengshi.gateway.routing;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServicesPropertiesTest {

	@Test
	void defaultsToTheLocalStackPorts() {
		ServicesProperties services = bind(Map.of());

		assertThat(services.identity()).isEqualTo(URI.create("http://127.0.0.1:8081"));
		assertThat(services.catalog()).isEqualTo(URI.create("http://127.0.0.1:8082"));
		assertThat(services.cases()).isEqualTo(URI.create("http://127.0.0.1:8083"));
		assertThat(services.payments()).isEqualTo(URI.create("http://127.0.0.1:8084"));
		assertThat(services.certificates()).isEqualTo(URI.create("http://127.0.0.1:8085"));
	}

	@Test
	void takesEachServiceFromItsProperty() {
		ServicesProperties services = bind(Map.of("shengshi.gateway.services.cases", "https://cases.internal:9443"));

		assertThat(services.cases()).isEqualTo(URI.create("https://cases.internal:9443"));
	}

	@Test
	void refusesAnythingButAnHttpOrigin() {
		assertThatThrownBy(() -> bind(Map.of("shengshi.gateway.services.identity", "ftp://127.0.0.1:21")))
			.isInstanceOf(BindException.class)
			.hasStackTraceContaining("must be an http(s) origin");
		assertThatThrownBy(() -> bind(Map.of("shengshi.gateway.services.identity", "http://127.0.0.1:8081/api")))
			.isInstanceOf(BindException.class);
	}

	private static ServicesProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("shengshi.gateway.services",
				ServicesProperties.class);
	}

}
