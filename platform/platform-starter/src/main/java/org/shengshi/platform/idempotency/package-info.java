/**
 * {@code Idempotency-Key} support for handler methods marked {@link Idempotent}: the
 * first request with a key runs and its response is stored in Redis; a retry with the
 * same key and body gets the stored response again; the same key with another body is
 * refused.
 */
package org.shengshi.platform.idempotency;
