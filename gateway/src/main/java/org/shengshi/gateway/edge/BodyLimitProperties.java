package org.shengshi.gateway.edge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Largest request body the gateway forwards.
 *
 * @param maxSize the limit for every path without its own
 * @param paths larger or smaller limits for path patterns (first match wins), for example
 * material uploads
 */
@Validated
@ConfigurationProperties("shengshi.gateway.body-limit")
public record BodyLimitProperties(@NotNull @DefaultValue("1MB") DataSize maxSize, List<@Valid PathLimit> paths) {

	public BodyLimitProperties {
		paths = (paths != null) ? List.copyOf(paths) : List.of();
	}

	/**
	 * A limit for the paths matching a pattern.
	 *
	 * @param pattern a path pattern such as {@code /api/v1/cases/*}{@code /materials}
	 * @param maxSize the limit for those paths
	 */
	public record PathLimit(@NotBlank String pattern, @NotNull DataSize maxSize) {
	}

}
