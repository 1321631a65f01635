/**
 * Routes from {@code /api/v1/<service>/**} to the services and from
 * {@code /v3/api-docs/<service>} to their OpenAPI documents, with per-route timeouts, a
 * Resilience4j circuit breaker per route, and one retry of idempotent reads whose
 * connection failed. Non-idempotent methods are never retried.
 */
package org.shengshi.gateway.routing;
