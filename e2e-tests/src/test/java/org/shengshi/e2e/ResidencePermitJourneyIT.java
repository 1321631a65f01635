package org.shengshi.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 of DESIGN.md §7 ({@link ResidencePermitJourney}) on the local stack.
 */
@ExtendWith(LocalStackExtension.class)
class ResidencePermitJourneyIT {

	@Test
	void fromSearchToPermitToRatingAndAPaidReplacement(Platform platform) {
		List<String> steps = new ArrayList<>();
		new ResidencePermitJourney(platform, steps::add).run();
		assertThat(steps).as("every step narrated").hasSizeGreaterThanOrEqualTo(10);
	}

}
