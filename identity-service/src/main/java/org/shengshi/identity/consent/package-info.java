/**
 * Privacy-policy consent records: acceptance and withdrawal, append-only.
 */
package org.shengshi.identity.consent;
