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
 * never stored), expiring with the token; consumed at most once by an atomic script that
 * also leaves a "used" marker so that a replay is told apart from an expired token.
 */
@Component
class PresentationStore {

	static final String PREFIX = "shengshi:certificate:presentation:";

	static final String USED_PREFIX = "shengshi:certificate:presentation-used:";

	private static final Duration USED_MARKER_TTL = Duration.ofMinutes(10);

	private static final String USED = "__USED__";

	private static final RedisScript<String> CONSUME = RedisScript.of("""
			local value = redis.call('GET', KEYS[1])
			if value then
			  redis.call('DEL', KEYS[1])
			  redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
			  return value
			end
			if redis.call('EXISTS', KEYS[2]) == 1 then
			  return ARGV[2]
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
		Duration ttl = Duration.between(presentation.issuedAt(), presentation.expiresAt());
		this.redis.opsForValue().set(PREFIX + presentation.token().digest(), JSON.writeValueAsString(stored), ttl);
	}

	/**
	 * Takes the presentation out of the store: the first caller gets it, every later
	 * caller is told it was used.
	 */
	StoredPresentation consume(PresentationToken token) {
		String digest = token.digest();
		String value = this.redis.execute(CONSUME, List.of(PREFIX + digest, USED_PREFIX + digest),
				String.valueOf(USED_MARKER_TTL.toMillis()), USED);
		if (value == null) {
			throw PresentationProblems.expired();
		}
		if (USED.equals(value)) {
			throw PresentationProblems.alreadyUsed();
		}
		return JSON.readValue(value, StoredPresentation.class);
	}

	record StoredPresentation(String certificateId, String holderSubject, String purpose, List<String> fields,
			Instant expiresAt) {

		boolean isExpiredAt(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

}
