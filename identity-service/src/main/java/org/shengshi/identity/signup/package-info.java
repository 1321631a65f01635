/**
 * Resident sign-up by phone: a one-time code by SMS (hashed in Redis, limited per phone
 * and per client address), then a Keycloak user with {@code loa} 1 and the local account
 * row, created together or not at all.
 */
package org.shengshi.identity.signup;
