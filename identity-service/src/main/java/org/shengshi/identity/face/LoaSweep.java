package org.shengshi.identity.face;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.shengshi.identity.provider.IdentityProvider;
import org.shengshi.identity.provider.IdentityProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lowers {@code loa} from 3 to 2 in Keycloak once loa 3 has expired, so that tokens
 * issued afterwards say 2 even to readers that ignore {@code loa_exp}. At most
 * {@link #BATCH} residents per run; a Keycloak failure is retried on the next run.
 */
@Component
class LoaSweep {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(LoaSweep.class);

	private final FaceStateMapper states;

	private final IdentityProvider provider;

	LoaSweep(FaceStateMapper states, IdentityProvider provider) {
		this.states = states;
		this.provider = provider;
	}

	@Scheduled(fixedDelayString = "${shengshi.identity.face.sweep-interval:PT60S}", initialDelayString = "PT10S")
	void sweep() {
		lowerExpired();
	}

	/**
	 * @return how many residents were lowered to loa 2
	 */
	int lowerExpired() {
		LocalDateTime now = Loa3Grants.utc(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		List<FaceState> expired = this.states.findExpired(now, BATCH);
		int lowered = 0;
		for (FaceState state : expired) {
			try {
				this.provider.setAttribute(state.subject(), "loa", "2");
				lowered += this.states.markLowered(state.subject(), state.loa3Until(), now);
			}
			catch (IdentityProviderException ex) {
				log.warn("Could not lower loa of subject {} yet: {}", state.subject(), ex.getMessage());
			}
		}
		return lowered;
	}

}
