package org.shengshi.cases.catalog;

import java.util.List;
import java.util.Set;

import org.shengshi.cases.material.MaterialForm;
import org.shengshi.cases.material.MaterialGuide;
import org.shengshi.cases.material.MaterialSpec;

/**
 * The published item version a case is filed under, as service-catalog returns it
 * ({@code GET /api/v1/catalog/items/{code}/versions/{version}}, see docs/architecture.md
 * "Service-to-service contracts"). Stored whole on the case, so later versions never
 * change a filed case.
 *
 * @param itemCode item code
 * @param version published version number
 * @param name item name
 * @param status {@code PUBLISHED}, {@code SUSPENDED}, {@code RETIRED} ...
 * @param departmentCode implementing department, e.g. {@code 440100-GA}
 * @param regionCode six-digit region code of the item (first part of the case number)
 * @param promisedLimitDays promised limit in working days (0 for an instant item)
 * @param instant whether it is an instant item (即办件)
 * @param feeFen fee in fen; 0 when free
 * @param materials the material list: nothing beyond it may be demanded
 * @param formFields the application form's fields
 * @param producesCertificateType e-certificate type code issued on completion, or
 * {@code null}
 */
public record ItemSnapshot(String itemCode, int version, String name, String status, String departmentCode,
		String regionCode, int promisedLimitDays, boolean instant, long feeFen, List<Material> materials,
		List<FormField> formFields, String producesCertificateType) {

	public ItemSnapshot {
		materials = (materials != null) ? List.copyOf(materials) : List.of();
		formFields = (formFields != null) ? List.copyOf(formFields) : List.of();
	}

	public boolean published() {
		return "PUBLISHED".equals(this.status);
	}

	public MaterialGuide materialGuide() {
		return MaterialGuide.of(this.materials.stream()
			.map((m) -> new MaterialSpec(m.code(), m.name(), m.required(), m.forms(), m.certificateType()))
			.toList());
	}

	/**
	 * One material of the guide.
	 *
	 * @param code stable code within the item version
	 * @param name what the applicant sees
	 * @param required whether a submission needs it
	 * @param forms accepted forms
	 * @param certificateType e-certificate type that satisfies it, or {@code null}
	 */
	public record Material(String code, String name, boolean required, Set<MaterialForm> forms,
			String certificateType) {
	}

	/**
	 * One field of the application form.
	 *
	 * @param name field name (key in the form values)
	 * @param label what the applicant sees
	 * @param required whether a submission needs a value
	 * @param maxLength longest value accepted (0 = the default of 500)
	 * @param prefill where the value may come from: {@code profile:<attribute>} or
	 * {@code certificate:<typeCode>.<field>}, or {@code null}
	 */
	public record FormField(String name, String label, boolean required, int maxLength, String prefill) {
	}

}
