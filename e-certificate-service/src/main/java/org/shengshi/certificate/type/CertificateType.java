package org.shengshi.certificate.type;

import java.util.List;
import java.util.Optional;

/**
 * A kind of electronic certificate: its GB/T 36904 type code, names, holder kind, issuing
 * department, validity, field schema and allowed verifier purposes. Built only by
 * {@link CertificateTypeLoader}, which validates it.
 *
 * @param code type code (defining authority credit code + 3 digits)
 * @param slug short stable name, e.g. {@code resident-e-id}
 * @param name Chinese name
 * @param nameEn English name
 * @param holderKind person or organisation
 * @param definingAuthority name of the authority that defines the type
 * @param issuer issuing department
 * @param validityYears years a certificate is valid for, or {@code null} for no end date
 * @param onePerHolder whether a holder has at most one usable certificate of the type: a
 * newly issued one (补领, 换领, renewal) cancels the holder's earlier valid one
 * @param fields field schema, in display order
 * @param purposes verifier purposes allowed for this type
 */
public record CertificateType(String code, String slug, String name, String nameEn, HolderKind holderKind,
		String definingAuthority, IssuingDepartment issuer, Integer validityYears, boolean onePerHolder,
		List<FieldDefinition> fields, List<VerifierPurpose> purposes) {

	public CertificateType {
		fields = List.copyOf(fields);
		purposes = List.copyOf(purposes);
	}

	/** The field with this name, if the schema has it. */
	public Optional<FieldDefinition> field(String name) {
		return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	/** The verifier purpose with this code, if the type allows it. */
	public Optional<VerifierPurpose> purpose(String code) {
		return this.purposes.stream().filter((purpose) -> purpose.code().equals(code)).findFirst();
	}

	/** Field names in schema order. */
	public List<String> fieldNames() {
		return this.fields.stream().map(FieldDefinition::name).toList();
	}

}
