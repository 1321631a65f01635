/**
 * Small helpers shared by the identity features (identifiers).
 */
package org.shengshi.identity.shared;
