/**
 * The outside identity provider (Keycloak Admin REST) behind {@link IdentityProvider}.
 */
package org.shengshi.identity.provider;
