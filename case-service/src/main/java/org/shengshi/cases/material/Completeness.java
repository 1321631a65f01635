package org.shengshi.cases.material;

import java.util.List;

/**
 * Which required materials a submission lacks.
 *
 * @param missing required materials with neither an upload nor a fitting e-certificate
 */
public record Completeness(List<MaterialSpec> missing) {

	public Completeness {
		missing = List.copyOf(missing);
	}

	public boolean complete() {
		return this.missing.isEmpty();
	}

	public List<String> missingCodes() {
		return this.missing.stream().map(MaterialSpec::code).toList();
	}

}
