/**
 * 代办: a verified resident authorises another verified resident for all or chosen service
 * items within a time window; revocable; other services check it and each use is
 * recorded.
 */
package org.shengshi.identity.delegation;
