/**
 * The resident's profile (masked by default), audited unmasking, the personal-data access
 * log, and identity reads by platform services.
 */
package org.shengshi.identity.profile;
