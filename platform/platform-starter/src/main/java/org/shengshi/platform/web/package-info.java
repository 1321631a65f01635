/**
 * Per-request plumbing of a servlet service: the request id, the request body size limit,
 * W3C trace context for incoming and outgoing calls, outgoing {@code RestClient}
 * timeouts, and the defaults every service starts with.
 */
@NullMarked
package org.shengshi.platform.web;

import org.jspecify.annotations.NullMarked;
