package org.shengshi.catalog.item;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.form.FieldType;
import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.form.FormSchema;
import org.shengshi.catalog.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ServiceItemValidatorTest {

	private final ServiceItemValidator validator = new ServiceItemValidator(CatalogFixtures.CERTIFICATE_TYPES);

	@Test
	void acceptsACompleteItem() {
		assertThat(this.validator.validate(CatalogFixtures.residencePermit())).isEmpty();
	}

	@Test
	void acceptsAnInstantZeroVisitItemWithoutMaterials() {
		ServiceItem pension = CatalogFixtures.residencePermit()
			.toBuilder()
			.code("GG00514000")
			.type(ItemType.PUBLIC_SERVICE)
			.department("440000-RS")
			.materials(List.of())
			.instant(true)
			.timeLimits(TimeLimits.instant(1))
			.visits(0)
			.channels(EnumSet.of(Channel.ONLINE, Channel.MOBILE))
			.windows(List.of())
			.requiredAssurance(3)
			.producesCertificateType(null)
			.form(FormSchema.EMPTY)
			.build();
		assertThat(this.validator.validate(pension)).isEmpty();
	}

	static Stream<Arguments> brokenItems() {
		return Stream.of(broken("bad code", (b) -> b.code("QR0010300"), "code", "ITEM_CODE_INVALID"),
				broken("code of another type", (b) -> b.code("XK00103001"), "code", "ITEM_CODE_TYPE_MISMATCH"),
				broken("no type", (b) -> b.type(null), "type", "ITEM_TYPE_REQUIRED"),
				broken("blank name", (b) -> b.name(" "), "name", "ITEM_NAME_REQUIRED"),
				broken("long name", (b) -> b.name("长".repeat(101)), "name", "ITEM_NAME_TOO_LONG"),
				broken("duplicate alias", (b) -> b.aliases(List.of("办居住证", "办居住证")), "aliases[1]",
						"ITEM_ALIAS_DUPLICATE"),
				broken("bad department", (b) -> b.department("GA-440100"), "departmentCode", "DEPARTMENT_CODE_INVALID"),
				broken("bad region", (b) -> b.region("990100"), "regionCode", "REGION_CODE_INVALID"),
				broken("region of another department", (b) -> b.region("440106"), "regionCode",
						"DEPARTMENT_REGION_MISMATCH"),
				broken("no audience", (b) -> b.audiences(Set.of()), "audiences", "AUDIENCE_REQUIRED"),
				broken("assurance 4", (b) -> b.requiredAssurance(4), "requiredAssurance", "ASSURANCE_OUT_OF_RANGE"),
				broken("unknown produced certificate", (b) -> b.producesCertificateType("NOPE"),
						"producesCertificateType", "CERTIFICATE_TYPE_UNKNOWN"),
				broken("no legal basis", (b) -> b.legalBasis(List.of()), "legalBasis", "LEGAL_BASIS_REQUIRED"),
				broken("blank condition", (b) -> b.conditions(listWithNull()), "conditions[0]", "CONDITION_BLANK"),
				broken("material without code", (b) -> b.materials(List.of(material("", 1, null))), "materials[0].code",
						"MATERIAL_CODE_INVALID"),
				broken("duplicate material",
						(b) -> b.materials(List.of(material("A", 1, null), material("A", 1, null))),
						"materials[1].code", "MATERIAL_CODE_DUPLICATE"),
				broken("zero copies", (b) -> b.materials(List.of(material("A", 0, null))), "materials[0].count",
						"MATERIAL_COUNT_INVALID"),
				broken("unknown certificate", (b) -> b.materials(List.of(material("A", 1, "FAKE_CERT"))),
						"materials[0].certificateType", "MATERIAL_CERTIFICATE_TYPE_UNKNOWN"),
				broken("no fee statement", (b) -> b.fee(null), "fee", "FEE_REQUIRED"),
				broken("negative fee", (b) -> b.fee(Fee.of(-1, "x")), "fee.amountFen", "FEE_NEGATIVE"),
				broken("fee without basis", (b) -> b.fee(Fee.of(2000, " ")), "fee.legalBasis",
						"FEE_LEGAL_BASIS_REQUIRED"),
				broken("no time limits", (b) -> b.timeLimits(null), "timeLimits", "TIME_LIMITS_REQUIRED"),
				broken("promised beyond statutory", (b) -> b.timeLimits(new TimeLimits(10, 11)),
						"timeLimits.promisedDays", "PROMISED_EXCEEDS_STATUTORY"),
				broken("statutory beyond a year", (b) -> b.timeLimits(new TimeLimits(400, 10)),
						"timeLimits.statutoryDays", "TIME_LIMIT_OUT_OF_RANGE"),
				broken("instant with days", (b) -> b.instant(true), "timeLimits.promisedDays",
						"INSTANT_PROMISED_NOT_ZERO"),
				broken("not instant, zero days", (b) -> b.timeLimits(new TimeLimits(10, 0)), "timeLimits.promisedDays",
						"PROMISED_DAYS_REQUIRED"),
				broken("no channel", (b) -> b.channels(Set.of()), "channels", "CHANNEL_REQUIRED"),
				broken("six visits", (b) -> b.visits(6), "visits", "VISITS_OUT_OF_RANGE"),
				broken("zero visits at a window only", (b) -> b.visits(0).channels(Set.of(Channel.WINDOW)), "visits",
						"ZERO_VISIT_NEEDS_ONLINE_CHANNEL"),
				broken("visits without a window channel", (b) -> b.channels(Set.of(Channel.ONLINE)), "channels",
						"WINDOW_CHANNEL_REQUIRED"),
				broken("window channel without a place", (b) -> b.windows(List.of()), "windows", "WINDOW_REQUIRED"),
				broken("window without address", (b) -> b.windows(List.of(new ServiceWindow("大厅", "", null, null))),
						"windows[0]", "WINDOW_INCOMPLETE"),
				broken("no steps", (b) -> b.steps(List.of()), "steps", "STEPS_REQUIRED"), broken("faq without answer",
						(b) -> b.faqs(List.of(new Faq("收费吗？", null))), "faqs[0]", "FAQ_INCOMPLETE"),
				broken("no form", (b) -> b.form(null), "form", "FORM_REQUIRED"),
				broken("bad form field",
						(b) -> b.form(FormSchema
							.of(FormField.of("x", "X", FieldType.STRING, true).withPrefill("profile:shoeSize"))),
						"form.fields[0].prefill", "FIELD_PREFILL_UNKNOWN_ATTRIBUTE"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenItems")
	void reportsTheFieldAndCodeOfEachMistake(String description, UnaryOperator<ServiceItemBuilder> change, String field,
			String code) {
		ServiceItem item = change.apply(CatalogFixtures.residencePermit().toBuilder()).build();
		assertThat(this.validator.validate(item)).extracting((error) -> error.field() + " " + error.code())
			.contains(field + " " + code);
	}

	@Test
	void reportsEveryMistakeAtOnce() {
		ServiceItem item = CatalogFixtures.residencePermit()
			.toBuilder()
			.code("bad")
			.name("")
			.visits(9)
			.legalBasis(List.of())
			.build();
		assertThat(this.validator.validate(item)).extracting(FieldError::code)
			.contains("ITEM_CODE_INVALID", "ITEM_NAME_REQUIRED", "VISITS_OUT_OF_RANGE", "LEGAL_BASIS_REQUIRED");
	}

	private static Arguments broken(String description, UnaryOperator<ServiceItemBuilder> change, String field,
			String code) {
		return arguments(description, change, field, code);
	}

	private static Material material(String code, int count, String certificate) {
		return new Material(code, "材料", MaterialForm.COPY, count, true, certificate, null);
	}

	private static List<String> listWithNull() {
		List<String> list = new ArrayList<>();
		list.add(null);
		return list;
	}

}
