/**
 * OAuth2 resource server for the Keycloak realm {@code shengshi}: JWT validation through
 * Boot's own properties (issuer, JWKS, audiences), realm roles as {@code ROLE_<role>}, a
 * stateless default filter chain with problem+json 401/403, method security, and
 * {@link org.shengshi.platform.security.CurrentUser} for controllers and services.
 */
@NullMarked
package org.shengshi.platform.security;

import org.jspecify.annotations.NullMarked;
