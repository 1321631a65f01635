/**
 * Token checking at the edge: a WebFlux OAuth2 resource server on Keycloak's realm
 * {@code shengshi} (issuer and audience checked by Boot's decoder). The gateway only
 * checks authentication and relays the token unchanged; each service checks roles itself.
 * A few paths are anonymous (see {@link org.shengshi.gateway.security.AnonymousPaths}).
 */
package org.shengshi.gateway.security;
