package org.shengshi.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method (or every handler method of a controller) that honours the
 * {@code Idempotency-Key} request header, meant for POSTs that create something. Requests
 * with the same key, the same authenticated subject, method and path:
 * <ul>
 * <li>the first runs; its status, content type, {@code Location} and body are kept for
 * {@code shengshi.idempotency.ttl} (24 h), unless it failed with a 5xx, which frees the
 * key for a retry;</li>
 * <li>a repeat with the same body gets that response byte for byte, with
 * {@code Idempotent-Replayed: true};</li>
 * <li>a repeat with another body is refused with 422 {@code IDEMPOTENCY_KEY_REUSED};</li>
 * <li>a repeat while the first still runs waits for it (up to
 * {@code shengshi.idempotency.in-progress-wait}), else 409
 * {@code IDEMPOTENCY_REQUEST_IN_PROGRESS}.</li>
 * </ul>
 * When Redis is unreachable, requests that carry a key are refused with 503
 * {@code IDEMPOTENCY_UNAVAILABLE}: a refused retry is better than a double charge.
 * Handlers must answer synchronously (no {@code DeferredResult} or streaming bodies).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

	/**
	 * Whether a request without {@code Idempotency-Key} is refused with 400
	 * {@code IDEMPOTENCY_KEY_MISSING}. By default the key is optional and a request
	 * without one simply runs.
	 */
	boolean required() default false;

}
