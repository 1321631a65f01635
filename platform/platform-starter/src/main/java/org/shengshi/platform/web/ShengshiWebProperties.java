package org.shengshi.platform.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code shengshi.web.*}: request and outgoing-call limits.
 *
 * @param maxBodySize the largest request body accepted (env
 * {@code SHENGSHI_WEB_MAX_BODY_SIZE}, default 1MB)
 * @param client timeouts of outgoing {@code RestClient} calls
 */
@Validated
@ConfigurationProperties("shengshi.web")
public record ShengshiWebProperties(@NotNull @DefaultValue("1MB") DataSize maxBodySize,
		@Valid @NotNull @DefaultValue Client client) {

	public ShengshiWebProperties {
		if (maxBodySize.toBytes() <= 0) {
			throw new IllegalArgumentException("shengshi.web.max-body-size must be positive, got " + maxBodySize);
		}
	}

	/**
	 * @param connectTimeout time to open a connection (env
	 * {@code SHENGSHI_WEB_CLIENT_CONNECT_TIMEOUT}, default 2s)
	 * @param readTimeout time to wait for a response (env
	 * {@code SHENGSHI_WEB_CLIENT_READ_TIMEOUT}, default 10s)
	 */
	public record Client(@NotNull @DefaultValue("2s") Duration connectTimeout,
			@NotNull @DefaultValue("10s") Duration readTimeout) {

		public Client {
			if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
					|| readTimeout.isZero()) {
				throw new IllegalArgumentException("shengshi.web.client timeouts must be positive");
			}
		}

	}

}
