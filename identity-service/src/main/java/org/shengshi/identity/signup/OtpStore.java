package org.shengshi.identity.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.shengshi.platform.pii.BlindIndex;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * One-time sign-up codes in Redis. Keys carry the phone's blind index, never the phone;
 * the code is kept only as an HMAC (server key) of phone index and code. Per code: a
 * lifetime and a number of attempts, counted atomically so concurrent guesses cannot
 * exceed it; the attempt after the last one deletes the hash, so not even the right code
 * works any more. Per phone: a resend interval and a count per window. Per client address
 * (also by its blind index): a count per window.
 */
@Component
class OtpStore {

	private static final String PREFIX = "identity:signup:";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** KEYS[1] code key; ARGV[1] hash, ARGV[2] lifetime in ms. */
	private static final DefaultRedisScript<Long> STORE = new DefaultRedisScript<>("""
			redis.call('DEL', KEYS[1])
			redis.call('HSET', KEYS[1], 'hash', ARGV[1], 'attempts', 0)
			redis.call('PEXPIRE', KEYS[1], ARGV[2])
			return 1""", Long.class);

	/** KEYS[1] code key; ARGV[1] max attempts. Answers {attempt number, hash or ''}. */
	@SuppressWarnings("rawtypes")
	private static final DefaultRedisScript<List> ATTEMPT = new DefaultRedisScript<>("""
			if redis.call('EXISTS', KEYS[1]) == 0 then return {0, ''} end
			local n = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
			if n > tonumber(ARGV[1]) then
				redis.call('HDEL', KEYS[1], 'hash')
				return {n, ''}
			end
			return {n, redis.call('HGET', KEYS[1], 'hash') or ''}""", List.class);

	private final StringRedisTemplate redis;

	private final BlindIndex blindIndex;

	private final SignupProperties properties;

	OtpStore(StringRedisTemplate redis, BlindIndex blindIndex, SignupProperties properties) {
		this.redis = redis;
		this.blindIndex = blindIndex;
		this.properties = properties;
	}

	/**
	 * Takes a sending slot for the phone and the client address and draws a code; the
	 * slot is given back with {@link #release} if the message cannot be sent.
	 */
	Reservation reserve(String phone, String clientAddress) {
		String phoneKey = phoneKey(phone);
		String resend = PREFIX + "resend:" + phoneKey;
		return guarded(() -> {
			if (!Boolean.TRUE
				.equals(this.redis.opsForValue().setIfAbsent(resend, "1", this.properties.resendInterval()))) {
				throw SignupProblems.resendTooSoon(secondsLeft(resend));
			}
			Reservation reservation = new Reservation(phoneKey,
					PREFIX + "address:" + this.blindIndex.of("signup.address", clientAddress),
					String.format("%06d", RANDOM.nextInt(1_000_000)));
			if (count(reservation.addressCounter()) > this.properties.codesPerAddress()) {
				this.redis.delete(resend);
				throw SignupProblems.addressLimit(secondsLeft(reservation.addressCounter()));
			}
			if (count(reservation.phoneCounter()) > this.properties.codesPerPhone()) {
				this.redis.delete(resend);
				throw SignupProblems.phoneLimit(secondsLeft(reservation.phoneCounter()));
			}
			return reservation;
		});
	}

	/**
	 * Keeps the code's hash (replacing an earlier code of the phone) for its lifetime.
	 */
	void store(Reservation reservation) {
		guarded(() -> this.redis.execute(STORE, List.of(reservation.codeKey()),
				hash(reservation.phoneKey(), reservation.code()),
				String.valueOf(this.properties.codeLifetime().toMillis())));
	}

	/**
	 * Gives the slot back after a failed send: no code stored, nothing counted.
	 */
	void release(Reservation reservation) {
		guarded(() -> {
			this.redis.delete(PREFIX + "resend:" + reservation.phoneKey());
			this.redis.opsForValue().decrement(reservation.addressCounter());
			this.redis.opsForValue().decrement(reservation.phoneCounter());
			return null;
		});
	}

	/**
	 * Checks a code, counting the attempt. The code stays until {@link #consume}.
	 */
	void check(String phone, String code) {
		String phoneKey = phoneKey(phone);
		List<?> answer = guarded(() -> this.redis.execute(ATTEMPT, List.of(PREFIX + "code:" + phoneKey),
				String.valueOf(this.properties.maxAttempts())));
		long attempt = ((Number) answer.get(0)).longValue();
		String stored = String.valueOf(answer.get(1));
		if (attempt == 0) {
			throw SignupProblems.codeExpired();
		}
		if (attempt > this.properties.maxAttempts() || stored.isEmpty()) {
			throw SignupProblems.attemptsExceeded();
		}
		if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				hash(phoneKey, code).getBytes(StandardCharsets.US_ASCII))) {
			throw SignupProblems.codeInvalid(this.properties.maxAttempts() - attempt);
		}
	}

	void consume(String phone) {
		guarded(() -> this.redis.delete(PREFIX + "code:" + phoneKey(phone)));
	}

	private long count(String key) {
		Long count = this.redis.opsForValue().increment(key);
		if (count != null && count == 1) {
			this.redis.expire(key, this.properties.limitWindow());
		}
		return (count != null) ? count : 0;
	}

	private long secondsLeft(String key) {
		Long seconds = this.redis.getExpire(key, TimeUnit.SECONDS);
		return (seconds == null || seconds < 1) ? 1 : seconds;
	}

	private String phoneKey(String phone) {
		return this.blindIndex.of("signup.phone", phone);
	}

	private String hash(String phoneKey, String code) {
		return this.blindIndex.of("signup.otp", phoneKey + ":" + code);
	}

	private static <T> T guarded(java.util.function.Supplier<T> redisWork) {
		try {
			return redisWork.get();
		}
		catch (DataAccessException ex) {
			throw SignupProblems.codeStoreUnavailable();
		}
	}

	/**
	 * A drawn code and the slot it holds.
	 */
	record Reservation(String phoneKey, String addressCounter, String code) {

		String phoneCounter() {
			return PREFIX + "phone:" + this.phoneKey;
		}

		String codeKey() {
			return PREFIX + "code:" + this.phoneKey;
		}

		@Override
		public String toString() {
			return "Reservation[***]";
		}

	}

}
