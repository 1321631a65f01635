package org.shengshi.platform.events;

import org.jspecify.annotations.Nullable;

/**
 * Supplies the W3C {@code traceparent} of the current thread for events published on it.
 * The starter's default reads the logging MDC; a service with another tracing setup may
 * declare its own bean.
 */
@FunctionalInterface
public interface TraceparentProvider {

	/**
	 * The current {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or
	 * {@code null} when there is no trace context.
	 */
	@Nullable String current();

}
