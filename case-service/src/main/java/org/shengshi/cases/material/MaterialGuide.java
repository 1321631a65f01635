package org.shengshi.cases.material;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * An item version's material list, the limit of what may be demanded from an applicant.
 */
public final class MaterialGuide {

	static final int MAX_REQUESTED = 50;

	private final Map<String, MaterialSpec> byCode;

	private MaterialGuide(Map<String, MaterialSpec> byCode) {
		this.byCode = byCode;
	}

	public static MaterialGuide of(List<MaterialSpec> specs) {
		Map<String, MaterialSpec> byCode = new LinkedHashMap<>();
		for (MaterialSpec spec : specs) {
			if (byCode.put(spec.code(), spec) != null) {
				throw new IllegalArgumentException("material code " + spec.code() + " is listed twice");
			}
		}
		return new MaterialGuide(byCode);
	}

	public List<MaterialSpec> materials() {
		return List.copyOf(this.byCode.values());
	}

	/**
	 * The materials an officer asks the applicant to supply (补齐补正), in the order asked.
	 * @throws CaseRuleException {@code MATERIAL_NOT_IN_GUIDE} naming every code the guide
	 * does not list; {@code MATERIAL_LIST_INVALID} for an empty or repetitive list
	 */
	public List<MaterialSpec> supplementRequest(List<String> codes) {
		if (codes == null || codes.isEmpty() || codes.size() > MAX_REQUESTED) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_LIST_INVALID,
					"request 1 to " + MAX_REQUESTED + " materials");
		}
		if (new HashSet<>(codes).size() != codes.size()) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_LIST_INVALID, "each material is requested once");
		}
		requireListed(codes);
		return codes.stream().map(this.byCode::get).toList();
	}

	/**
	 * Which required materials the submission lacks. Every provided material must be in
	 * the guide, and an e-certificate must be of the type the guide names for it.
	 */
	public Completeness checkSubmission(List<ProvidedMaterial> provided) {
		requireListed(provided.stream().map(ProvidedMaterial::materialCode).toList());
		Set<String> satisfied = new HashSet<>();
		for (ProvidedMaterial material : provided) {
			if (material instanceof ProvidedMaterial.CertificateReference reference) {
				requireFittingCertificate(reference);
			}
			satisfied.add(material.materialCode());
		}
		List<MaterialSpec> missing = new ArrayList<>();
		this.byCode.values()
			.stream()
			.filter((spec) -> spec.required() && !satisfied.contains(spec.code()))
			.forEach(missing::add);
		return new Completeness(missing);
	}

	/** Like {@link #checkSubmission} but refuses an incomplete submission. */
	public void requireComplete(List<ProvidedMaterial> provided) {
		Completeness completeness = checkSubmission(provided);
		if (!completeness.complete()) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_INCOMPLETE,
					"missing required materials " + completeness.missingCodes());
		}
	}

	/**
	 * Whether a resubmission supplies everything that was requested; materials not
	 * requested may be replaced too, as long as the guide lists them.
	 */
	public Completeness checkResubmission(List<String> requestedCodes, List<ProvidedMaterial> provided) {
		List<MaterialSpec> requested = supplementRequest(requestedCodes);
		checkSubmission(provided);
		Set<String> supplied = new HashSet<>();
		provided.forEach((material) -> supplied.add(material.materialCode()));
		return new Completeness(requested.stream().filter((spec) -> !supplied.contains(spec.code())).toList());
	}

	private void requireListed(Collection<String> codes) {
		List<String> unknown = codes.stream().filter((code) -> !this.byCode.containsKey(code)).toList();
		if (!unknown.isEmpty()) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_NOT_IN_GUIDE, "not in this item's guide: " + unknown);
		}
	}

	private void requireFittingCertificate(ProvidedMaterial.CertificateReference reference) {
		MaterialSpec spec = this.byCode.get(reference.materialCode());
		if (!spec.satisfiableByCertificate() || !spec.certificateType().equals(reference.certificateType())) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_CERTIFICATE_TYPE_MISMATCH, "material " + spec.code()
					+ " accepts e-certificate type " + spec.certificateType() + ", not " + reference.certificateType());
		}
	}

}
