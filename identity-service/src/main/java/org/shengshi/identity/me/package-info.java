/**
 * The caller's own view of themselves ({@code GET /api/v1/identity/me}).
 */
package org.shengshi.identity.me;
