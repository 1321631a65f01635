package org.shengshi.cases.material;

import java.util.Set;

/**
 * One material of an item version's guide.
 *
 * @param code stable code within the item version
 * @param name the name the applicant sees
 * @param required whether a submission needs it
 * @param forms accepted forms
 * @param certificateType the e-certificate type that satisfies it, or {@code null} if
 * none
 */
public record MaterialSpec(String code, String name, boolean required, Set<MaterialForm> forms,
		String certificateType) {

	public MaterialSpec {
		if (code == null || code.isBlank() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("a material needs a code and a name");
		}
		forms = (forms != null) ? Set.copyOf(forms) : Set.of();
	}

	public boolean satisfiableByCertificate() {
		return this.certificateType != null;
	}

}
