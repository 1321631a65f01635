/**
 * Real-name verification (实名核验) of residents against the population registry, the
 * encrypted identity it binds to one account, and loa 2.
 */
package org.shengshi.identity.realname;
