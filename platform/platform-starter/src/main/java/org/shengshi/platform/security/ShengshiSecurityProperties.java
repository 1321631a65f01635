package org.shengshi.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shengshi.security.*}.
 *
 * @param publicPaths extra paths open without a token, as path patterns, optionally
 * prefixed by an HTTP method ({@code GET /api/v1/catalog/items/**}); env
 * {@code SHENGSHI_SECURITY_PUBLIC_PATHS} (comma-separated)
 */
@ConfigurationProperties("shengshi.security")
public record ShengshiSecurityProperties(@DefaultValue List<String> publicPaths) {

	public ShengshiSecurityProperties {
		publicPaths = List.copyOf(publicPaths);
		for (String path : publicPaths) {
			PublicPaths.matcher(path);
		}
	}

}
