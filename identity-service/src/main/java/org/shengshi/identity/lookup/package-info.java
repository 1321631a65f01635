/**
 * Verified residents in full for other platform services (client credentials, role
 * {@code system}), by identity reference or by subject; every read is recorded in the
 * resident's personal-data access log.
 */
package org.shengshi.identity.lookup;
