package org.shengshi.identity.face;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Until when a resident's face step-up (loa 3) holds, as identity-service recorded it.
 */
@Component
public class AssuranceLevels {

	private final FaceStateMapper states;

	AssuranceLevels(FaceStateMapper states) {
		this.states = states;
	}

	/**
	 * The end of the resident's current loa 3, if it still holds.
	 */
	public Optional<java.time.Instant> loa3Until(String subject) {
		FaceState state = this.states.findBySubject(subject);
		if (state == null || state.loa3Until() == null
				|| !state.loa3Until().isAfter(LocalDateTime.now(ZoneOffset.UTC))) {
			return Optional.empty();
		}
		return Optional.of(state.loa3Until().toInstant(ZoneOffset.UTC));
	}

}
