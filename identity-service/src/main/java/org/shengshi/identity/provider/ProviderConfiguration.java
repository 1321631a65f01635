package org.shengshi.identity.provider;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
class ProviderConfiguration {

	@Bean
	IdentityProvider keycloakIdentityProvider(RestClient.Builder builder, KeycloakProperties properties) {
		return new KeycloakIdentityProvider(builder, properties);
	}

}
