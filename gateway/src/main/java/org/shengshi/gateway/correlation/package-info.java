/**
 * Request correlation: the {@code X-Request-Id} of every exchange, W3C trace context
 * ({@code traceparent}) towards the services, and one structured access-log line per
 * request without query strings, bodies or personal data.
 */
package org.shengshi.gateway.correlation;
