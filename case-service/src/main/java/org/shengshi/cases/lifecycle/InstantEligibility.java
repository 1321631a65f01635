package org.shengshi.cases.lifecycle;

import java.util.List;

/**
 * Whether an instant item's rules (即办) hold for this case, as checked by the caller (e.g.
 * a face verification fresher than the item requires).
 *
 * @param instantItem whether the item version is an instant item
 * @param unmetConditions codes of the item's conditions that do not hold
 */
public record InstantEligibility(boolean instantItem, List<String> unmetConditions) {

	public InstantEligibility {
		unmetConditions = List.copyOf(unmetConditions);
	}

	public boolean holds() {
		return this.instantItem && this.unmetConditions.isEmpty();
	}

}
