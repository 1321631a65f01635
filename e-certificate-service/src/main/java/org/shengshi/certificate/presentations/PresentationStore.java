package org.shengshi.certificate.presentations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.shengshi.certificate.presentation.Presentation;
import org.shengshi.certificate.presentation.PresentationToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Presentations in Redis under the SHA-256 digest of their token (the token itself is
 * never stored). A presentation is consumed at most once by one atomic script that
 * compares its expiry with the verifier's clock, and leaves a "used" marker holding the
 * presentation, so that a replay and a late (expired) redemption are both told apart from
 * an unknown token and can be written to the holder's use log. Entries are remembered
 * {@link #REMEMBERED} past their expiry, then forgotten by Redis.
 */
@Component
class PresentationStore {

	static final String PREFIX = "shengshi:certificate:presentation:";

	static final String USED_PREFIX = "shengshi:certificate:presentation-used:";

	static final Duration REMEMBERED = Duration.ofMinutes(10);

	private static final RedisScript<String> CONSUME = RedisScript.of("""
			local value = redis.call('GET', KEYS[1])
			if value then
			  local sep = string.find(value, '|', 1, true)
			  local presentation = string.sub(value, sep + 1)
			  if tonumber(ARGV[2]) >= tonumber(string.sub(value, 1, sep - 1)) then
			    return 'E' .. presentation
			  end
			  redis.call('DEL', KEYS[1])
			  redis.call('SET', KEYS[2], presentation, 'PX', ARGV[1])
			  return 'V' .. presentation
			end
			local used = redis.call('GET', KEYS[2])
			if used then
			  return 'U' .. used
			end
			return false
			""", String.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StringRedisTemplate redis;

	PresentationStore(StringRedisTemplate redis) {
		this.redis = redis;
	}

	void save(Presentation presentation, String holderSubject) {
		StoredPresentation stored = new StoredPresentation(presentation.certificateId(), holderSubject,
				presentation.disclosure().purpose(), List.copyOf(presentation.disclosure().fields()),
				presentation.expiresAt());
		Duration ttl = Duration.between(presentation.issuedAt(), presentation.expiresAt()).plus(REMEMBERED);
		this.redis.opsForValue()
			.set(PREFIX + presentation.token().digest(),
					presentation.expiresAt().toEpochMilli() + "|" + JSON.writeValueAsString(stored), ttl);
	}

	/**
	 * Takes the presentation out of the store at {@code now}: the first caller before its
	 * expiry gets it ({@link Outcome#REDEEMED}); later callers are told it was used,
	 * callers at or after the expiry that it expired (it stays unredeemed). {@code null}
	 * when the token is unknown or long forgotten.
	 */
	Consumed consume(PresentationToken token, Instant now) {
		String digest = token.digest();
		String value = this.redis.execute(CONSUME, List.of(PREFIX + digest, USED_PREFIX + digest),
				String.valueOf(REMEMBERED.toMillis()), String.valueOf(now.toEpochMilli()));
		if (value == null || value.isEmpty()) {
			return null;
		}
		Outcome outcome = switch (value.charAt(0)) {
			case 'V' -> Outcome.REDEEMED;
			case 'E' -> Outcome.EXPIRED;
			default -> Outcome.ALREADY_USED;
		};
		return new Consumed(outcome, JSON.readValue(value.substring(1), StoredPresentation.class));
	}

	enum Outcome {

		REDEEMED, EXPIRED, ALREADY_USED

	}

	record Consumed(Outcome outcome, StoredPresentation presentation) {
	}

	record StoredPresentation(String certificateId, String holderSubject, String purpose, List<String> fields,
			Instant expiresAt) {

	}

}
