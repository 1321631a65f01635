package org.shengshi.identity.face;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Face step-up settings.
 *
 * @param loa3Minutes how long loa 3 holds after a pass or a counter verification
 * @param maxFailures failures in a row after which only the counter path remains
 * @param sweepInterval how often expired loa 3 is lowered to 2 in Keycloak
 */
@Validated
@ConfigurationProperties("shengshi.identity.face")
record FaceProperties(@Min(1) @Max(1440) @DefaultValue("15") int loa3Minutes,
		@Min(1) @DefaultValue("3") int maxFailures, @NotNull @DefaultValue("60s") Duration sweepInterval) {

}
