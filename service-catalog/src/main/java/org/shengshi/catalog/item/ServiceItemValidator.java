package org.shengshi.catalog.item;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shengshi.catalog.form.FormSchemaValidator;
import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.reference.DepartmentCode;
import org.shengshi.catalog.reference.RegionCode;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.Violations;

/**
 * Checks a service item before it is submitted for review or published and reports every
 * problem as a field-level error with a stable code. Thread-safe.
 */
public final class ServiceItemValidator {

	/** Most visits an item may require (最多跑动次数). */
	public static final int MAX_VISITS = 5;

	/** Longest time limit accepted, in working days. */
	public static final int MAX_DAYS = 365;

	private final CertificateTypeDirectory certificateTypes;

	private final FormSchemaValidator formSchemaValidator;

	private final MaterialsValidator materialsValidator;

	public ServiceItemValidator(CertificateTypeDirectory certificateTypes) {
		this.certificateTypes = certificateTypes;
		this.formSchemaValidator = new FormSchemaValidator(certificateTypes);
		this.materialsValidator = new MaterialsValidator(certificateTypes);
	}

	/** Every problem in {@code item}; empty when it is complete and consistent. */
	public List<FieldError> validate(ServiceItem item) {
		Violations violations = new Violations();
		validateIdentity(item, violations);
		validateOrganisation(item, violations);
		validateTexts(item, violations);
		this.materialsValidator.validate(item.materials(), violations);
		validateFee(item.fee(), violations);
		validateTiming(item, violations);
		validateChannels(item, violations);
		validateGuide(item, violations);
		if (violations.check(item.form() != null, "form", "FORM_REQUIRED", "缺少表单定义")) {
			violations.addAll("form", this.formSchemaValidator.validate(item.form()));
		}
		return violations.toList();
	}

	private static void validateIdentity(ServiceItem item, Violations violations) {
		violations.check(item.type() != null, "type", "ITEM_TYPE_REQUIRED", "缺少事项类型");
		Optional<ItemCode> code = ItemCode.parse(item.code());
		if (violations.check(code.isPresent(), "code", "ITEM_CODE_INVALID", "事项编码须为2位类型代码+5位主项编码+3位子项编码")) {
			violations.check(item.type() == null || code.get().type() == item.type(), "code", "ITEM_CODE_TYPE_MISMATCH",
					"事项编码的类型代码与事项类型不一致");
		}
		boolean named = item.name() != null && !item.name().isBlank();
		if (violations.check(named, "name", "ITEM_NAME_REQUIRED", "缺少事项名称")) {
			violations.check(item.name().length() <= 100, "name", "ITEM_NAME_TOO_LONG", "事项名称不能超过100字");
		}
		checkDistinctTexts(item.aliases(), "aliases", "ITEM_ALIAS", violations);
	}

	private void validateOrganisation(ServiceItem item, Violations violations) {
		boolean department = violations.check(DepartmentCode.isValid(item.departmentCode()), "departmentCode",
				"DEPARTMENT_CODE_INVALID", "实施部门编码须为6位区划代码-部门简称，如440100-GA");
		boolean region = violations.check(RegionCode.isValid(item.regionCode()), "regionCode", "REGION_CODE_INVALID",
				"区划代码须为6位行政区划代码");
		if (department && region) {
			violations.check(item.department().region().equals(item.region()), "regionCode",
					"DEPARTMENT_REGION_MISMATCH", "事项区划须与实施部门所在区划一致");
		}
		violations.check(!item.audiences().isEmpty(), "audiences", "AUDIENCE_REQUIRED", "须指定服务对象");
		violations.check(item.requiredAssurance() >= 1 && item.requiredAssurance() <= 3, "requiredAssurance",
				"ASSURANCE_OUT_OF_RANGE", "身份认证等级须为1到3");
		if (item.producesCertificateType() != null) {
			violations.check(this.certificateTypes.contains(item.producesCertificateType()), "producesCertificateType",
					"CERTIFICATE_TYPE_UNKNOWN", "未知的电子证照类型");
		}
	}

	private static void validateTexts(ServiceItem item, Violations violations) {
		violations.check(!item.legalBasis().isEmpty(), "legalBasis", "LEGAL_BASIS_REQUIRED", "须列出设定依据");
		checkDistinctTexts(item.legalBasis(), "legalBasis", "LEGAL_BASIS", violations);
		checkDistinctTexts(item.conditions(), "conditions", "CONDITION", violations);
	}

	private static void validateFee(Fee fee, Violations violations) {
		if (!violations.check(fee != null, "fee", "FEE_REQUIRED", "须说明收费情况（不收费也须注明）")) {
			return;
		}
		if (violations.check(fee.amountFen() >= 0, "fee.amountFen", "FEE_NEGATIVE", "收费金额不能为负数") && !fee.isFree()) {
			violations.check(fee.legalBasis() != null && !fee.legalBasis().isBlank(), "fee.legalBasis",
					"FEE_LEGAL_BASIS_REQUIRED", "收费事项须注明收费依据");
		}
	}

	private static void validateTiming(ServiceItem item, Violations violations) {
		TimeLimits limits = item.timeLimits();
		if (!violations.check(limits != null, "timeLimits", "TIME_LIMITS_REQUIRED", "须填写法定和承诺办结时限")) {
			return;
		}
		boolean inRange = violations.check(limits.statutoryDays() >= 0 && limits.statutoryDays() <= MAX_DAYS,
				"timeLimits.statutoryDays", "TIME_LIMIT_OUT_OF_RANGE", "法定办结时限须在0到" + MAX_DAYS + "个工作日之间")
				& violations.check(limits.promisedDays() >= 0, "timeLimits.promisedDays", "TIME_LIMIT_OUT_OF_RANGE",
						"承诺办结时限不能为负数");
		if (!inRange) {
			return;
		}
		violations.check(limits.promisedDays() <= limits.statutoryDays(), "timeLimits.promisedDays",
				"PROMISED_EXCEEDS_STATUTORY", "承诺办结时限不能超过法定办结时限");
		if (item.instant()) {
			violations.check(limits.promisedDays() == 0, "timeLimits.promisedDays", "INSTANT_PROMISED_NOT_ZERO",
					"即办件的承诺办结时限应为0");
		}
		else {
			violations.check(limits.promisedDays() >= 1, "timeLimits.promisedDays", "PROMISED_DAYS_REQUIRED",
					"非即办件须承诺至少1个工作日的办结时限");
		}
	}

	private static void validateChannels(ServiceItem item, Violations violations) {
		violations.check(!item.channels().isEmpty(), "channels", "CHANNEL_REQUIRED", "须至少提供一种办理渠道");
		violations.check(item.visits() >= 0 && item.visits() <= MAX_VISITS, "visits", "VISITS_OUT_OF_RANGE",
				"跑动次数须在0到" + MAX_VISITS + "之间");
		if (item.visits() == 0) {
			violations.check(item.online(), "visits", "ZERO_VISIT_NEEDS_ONLINE_CHANNEL", "零跑动事项须能网上或掌上办理");
		}
		if (item.visits() > 0 || item.channels().contains(Channel.WINDOW)) {
			violations.check(item.channels().contains(Channel.WINDOW), "channels", "WINDOW_CHANNEL_REQUIRED",
					"需要到现场的事项须提供窗口办理渠道");
			violations.check(!item.windows().isEmpty(), "windows", "WINDOW_REQUIRED", "窗口办理的事项须列出办理地点");
		}
		for (int i = 0; i < item.windows().size(); i++) {
			ServiceWindow window = item.windows().get(i);
			violations.check(window != null && present(window.name()) && present(window.address()),
					"windows[" + i + "]", "WINDOW_INCOMPLETE", "办理地点须有名称和地址");
		}
	}

	private static void validateGuide(ServiceItem item, Violations violations) {
		violations.check(!item.steps().isEmpty(), "steps", "STEPS_REQUIRED", "须列出办理流程");
		for (int i = 0; i < item.steps().size(); i++) {
			ProcessStep step = item.steps().get(i);
			violations.check(step != null && present(step.name()), "steps[" + i + "].name", "STEP_NAME_REQUIRED",
					"流程环节须有名称");
		}
		for (int i = 0; i < item.faqs().size(); i++) {
			Faq faq = item.faqs().get(i);
			violations.check(faq != null && present(faq.question()) && present(faq.answer()), "faqs[" + i + "]",
					"FAQ_INCOMPLETE", "常见问题须有问有答");
		}
	}

	private static void checkDistinctTexts(List<String> texts, String field, String codePrefix, Violations violations) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			String path = field + "[" + i + "]";
			if (violations.check(present(text), path, codePrefix + "_BLANK", "不能为空")) {
				violations.check(seen.add(text.strip()), path, codePrefix + "_DUPLICATE", "重复");
			}
		}
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
