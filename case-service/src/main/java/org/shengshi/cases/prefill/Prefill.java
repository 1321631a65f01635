package org.shengshi.cases.prefill;

import java.util.List;
import java.util.Map;

/**
 * The form values after prefilling.
 *
 * @param values the values given plus those prefilled
 * @param prefilledFields fields whose value came from the profile or an e-certificate
 * @param notPrefilledFields fields with a prefill source that stayed empty (source
 * unavailable, no such certificate or attribute): the applicant types them
 */
public record Prefill(Map<String, String> values, List<String> prefilledFields, List<String> notPrefilledFields) {

	public Prefill {
		values = Map.copyOf(values);
		prefilledFields = List.copyOf(prefilledFields);
		notPrefilledFields = List.copyOf(notPrefilledFields);
	}

	@Override
	public String toString() {
		return "Prefill[prefilled=" + this.prefilledFields + ", notPrefilled=" + this.notPrefilledFields + "]";
	}

}
