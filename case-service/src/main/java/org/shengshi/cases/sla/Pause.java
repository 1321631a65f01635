package org.shengshi.cases.sla;

import java.time.Instant;

/**
 * One pause of the clock; {@code until} is {@code null} while it lasts.
 *
 * @param reason why the clock stopped
 * @param from when it stopped (UTC)
 * @param until when it resumed (UTC), or {@code null} while paused
 */
public record Pause(PauseReason reason, Instant from, Instant until) {

	public boolean open() {
		return this.until == null;
	}

}
