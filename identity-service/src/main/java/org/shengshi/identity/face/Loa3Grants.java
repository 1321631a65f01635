package org.shengshi.identity.face;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.shengshi.identity.provider.IdentityProvider;
import org.shengshi.platform.events.EventPublisher;

import org.springframework.stereotype.Component;

/**
 * Grants loa 3 for the configured minutes: the local state and the Keycloak attributes
 * {@code loa} = 3 and {@code loa_expires_at} (epoch seconds; tokens carry it as
 * {@code loa_exp}). Runs inside the caller's transaction, so a Keycloak failure rolls the
 * local part back. Publishes {@code resident.face-verified} in the same transaction.
 */
@Component
class Loa3Grants {

	private final FaceStateMapper states;

	private final IdentityProvider provider;

	private final FaceProperties properties;

	private final EventPublisher events;

	Loa3Grants(FaceStateMapper states, IdentityProvider provider, FaceProperties properties, EventPublisher events) {
		this.states = states;
		this.provider = provider;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * @return until when loa 3 holds
	 */
	Instant grant(String subject) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Instant until = now.plus(this.properties.loa3Minutes(), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		this.states.grantLoa3(subject, utc(until), utc(now));
		this.events.publish(FaceVerified.TYPE, subject, new FaceVerified(subject, 3, until, now));
		this.provider.setAttributes(subject,
				Map.of("loa", "3", "loa_expires_at", String.valueOf(until.getEpochSecond())));
		return until;
	}

	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
