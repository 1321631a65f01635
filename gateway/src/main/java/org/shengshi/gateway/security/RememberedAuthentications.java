package org.shengshi.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authentication made from each accepted token, made once per token rather than on
 * every request: {@link AcceptedTokens} hands out the same {@link Jwt} for a token it
 * remembers, so the principal and the realm roles ({@link RealmRoles}) read from it are
 * the same too. The memory holds its tokens weakly and compares them by identity: an
 * authentication is found only for the very {@code Jwt} it was made from, and goes when
 * {@link AcceptedTokens} forgets that token (its own size and age limits). The token is
 * checked before this converter runs, on every request.
 */
final class RememberedAuthentications implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	private final Converter<Jwt, ? extends AbstractAuthenticationToken> converter;

	private final Cache<Jwt, AbstractAuthenticationToken> made;

	RememberedAuthentications(Converter<Jwt, ? extends AbstractAuthenticationToken> converter, long maxSize) {
		this.converter = converter;
		this.made = Caffeine.newBuilder().weakKeys().maximumSize(maxSize).build();
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
		// a conversion that makes nothing is not remembered
		return Mono.justOrEmpty(this.made.get(jwt, this.converter::convert));
	}

}
