package org.shengshi.platform.idempotency;

/**
 * An idempotency key reserved by the current request. {@code value} is the exact Redis
 * value written on reservation; completing or releasing the key succeeds only while Redis
 * still holds it, so a request whose reservation expired cannot overwrite another's.
 *
 * @param key the Redis key
 * @param value the reservation value this request wrote
 * @param requestHash SHA-256 of the request body
 */
record Reservation(String key, String value, String requestHash) {

	static final String ATTRIBUTE = Reservation.class.getName();

}
