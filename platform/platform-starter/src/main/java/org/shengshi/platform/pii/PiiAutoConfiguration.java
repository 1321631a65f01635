package org.shengshi.platform.pii;

import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PII cipher and blind index from {@code shengshi.pii.*}; a service without valid keys
 * does not start. {@code shengshi.pii.enabled=false} turns this off for a service that
 * holds no personal data.
 */
@AutoConfiguration
@EnableConfigurationProperties(PiiProperties.class)
@ConditionalOnProperty(prefix = "shengshi.pii", name = "enabled", matchIfMissing = true)
public class PiiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PiiKeys shengshiPiiKeys(PiiProperties properties) {
		return PiiKeys.from(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	PiiCipher piiCipher(PiiKeys keys) {
		return new PiiCipher(keys.aesKeys(), keys.activeKeyId());
	}

	@Bean
	@ConditionalOnMissingBean
	BlindIndex blindIndex(PiiKeys keys) {
		return new BlindIndex(keys.indexKey());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ConfigurationCustomizer.class)
	static class MyBatisTypes {

		@Bean
		ConfigurationCustomizer encryptedStringTypeHandler() {
			return (configuration) -> configuration.getTypeHandlerRegistry()
				.register(EncryptedString.class, new EncryptedStringTypeHandler());
		}

	}

}
