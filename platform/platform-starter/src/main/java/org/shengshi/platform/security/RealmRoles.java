package org.shengshi.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Keycloak realm roles ({@code realm_access.roles}) as authorities {@code ROLE_<role>},
 * so {@code @PreAuthorize("hasRole('case_officer')")} works.
 */
final class RealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String role : of(jwt)) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		}
		return authorities;
	}

	static Set<String> of(Jwt jwt) {
		Object realmAccess = jwt.getClaims().get("realm_access");
		Set<String> roles = new LinkedHashSet<>();
		if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> values) {
			for (Object value : values) {
				if (value instanceof String role && !role.isBlank()) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

}
