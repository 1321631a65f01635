package org.shengshi.identity.realname;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The population registry (人口库) endpoint.
 */
@ConfigurationProperties("shengshi.identity.registry")
record RegistryProperties(@DefaultValue("http://127.0.0.1:8092") String baseUrl,
		@DefaultValue("1s") Duration connectTimeout, @DefaultValue("3s") Duration readTimeout) {

}
