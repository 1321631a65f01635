/**
 * Request checks shared by the gateway (WebFlux) and the services (servlet): the
 * firewall's character rules without regular expressions, and the memory of accepted
 * access tokens.
 */
package org.shengshi.platform.common.security;
