package org.shengshi.identity.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak's Admin REST API is and how identity-service authenticates there (client
 * credentials of its own client).
 */
@ConfigurationProperties("shengshi.identity.keycloak")
record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String baseUrl, @DefaultValue("shengshi") String realm,
		@DefaultValue("identity-service") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {

}
