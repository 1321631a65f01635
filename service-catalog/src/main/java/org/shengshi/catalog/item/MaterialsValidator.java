package org.shengshi.catalog.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.validation.Violations;

/** The materials part of {@link ServiceItemValidator}. */
final class MaterialsValidator {

	static final int MAX_COUNT = 99;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private final CertificateTypeDirectory certificateTypes;

	MaterialsValidator(CertificateTypeDirectory certificateTypes) {
		this.certificateTypes = certificateTypes;
	}

	void validate(List<Material> materials, Violations violations) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < materials.size(); i++) {
			String path = "materials[" + i + "]";
			Material material = materials.get(i);
			if (!violations.check(material != null, path, "MATERIAL_REQUIRED", "材料定义为空")) {
				continue;
			}
			if (violations.check(material.code() != null && CODE.matcher(material.code()).matches(), path + ".code",
					"MATERIAL_CODE_INVALID", "材料编码须为大写字母开头的字母、数字或下划线")) {
				violations.check(codes.add(material.code()), path + ".code", "MATERIAL_CODE_DUPLICATE", "材料编码重复");
			}
			violations.check(ServiceItemValidator.present(material.name()), path + ".name", "MATERIAL_NAME_REQUIRED",
					"缺少材料名称");
			violations.check(material.form() != null, path + ".form", "MATERIAL_FORM_REQUIRED", "须注明材料形式");
			violations.check(material.count() >= 1 && material.count() <= MAX_COUNT, path + ".count",
					"MATERIAL_COUNT_INVALID", "材料份数须在1到" + MAX_COUNT + "之间");
			if (material.certificateType() != null) {
				violations.check(this.certificateTypes.contains(material.certificateType()), path + ".certificateType",
						"MATERIAL_CERTIFICATE_TYPE_UNKNOWN", "未知的电子证照类型");
			}
		}
	}

}
