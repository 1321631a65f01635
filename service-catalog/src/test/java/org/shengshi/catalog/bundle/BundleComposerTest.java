package org.shengshi.catalog.bundle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.form.FieldType;
import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.form.FormSchema;
import org.shengshi.catalog.form.FormSchemaValidator;
import org.shengshi.catalog.item.ItemType;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class BundleComposerTest {

	private static final FormField NAME = FormField.of("applicantName", "姓名", FieldType.STRING, true)
		.withPrefill("profile:name");

	private static final FormField PHONE = FormField.of("applicantPhone", "电话", FieldType.PHONE, false);

	private final BundleComposer composer = new BundleComposer(
			new FormSchemaValidator(CatalogFixtures.CERTIFICATE_TYPES));

	private static ServiceItem item(String code, FormField... fields) {
		return CatalogFixtures.residencePermit()
			.toBuilder()
			.code(code)
			.type(ItemType.fromCode(code.substring(0, 2)).orElseThrow())
			.form(FormSchema.of(fields))
			.build();
	}

	private static Function<String, Optional<ServiceItem>> lookup(ServiceItem... items) {
		return (key) -> List.of(items).stream().filter((item) -> item.key().equals(key)).findFirst();
	}

	private static Bundle bundle(List<String> keys, FormField... extra) {
		return new Bundle("TEST_BUNDLE", "测试一件事", "说明", LifeEventTheme.BIRTH, "440100", keys, List.of(extra));
	}

	@Test
	void asksASharedFieldOnceAndRequiresItWhenAnyItemDoes() {
		ServiceItem a = item("QR00001000", NAME, PHONE);
		ServiceItem b = item("QR00002000", NAME, PHONE.withRequired(true),
				FormField.of("childName", "孩子姓名", FieldType.STRING, true));
		BundleComposer.Result result = this.composer.compose(
				bundle(List.of(a.key(), b.key()), FormField.of("consent", "同意共享", FieldType.BOOLEAN, true)),
				lookup(a, b));
		assertThat(result.errors()).isEmpty();
		CombinedForm form = result.form().orElseThrow();
		assertThat(form.schema().fields()).extracting(FormField::key)
			.containsExactly("applicantName", "applicantPhone", "childName", "consent");
		assertThat(form.schema().field("applicantPhone").orElseThrow().required()).isTrue();
		assertThat(form.sharedKeys()).containsExactly("applicantName", "applicantPhone");
		assertThat(form.valuesFor(a.key(), Map.of("applicantName", "张三", "childName", "张小宝", "consent", true)))
			.containsExactly(Map.entry("applicantName", "张三"));
	}

	@Test
	void reportsConflictingDefinitionsOfOneKey() {
		ServiceItem a = item("QR00001000", NAME);
		ServiceItem b = item("QR00002000", FormField.of("applicantName", "姓名", FieldType.STRING, true));
		assertThat(this.composer.compose(bundle(List.of(a.key(), b.key())), lookup(a, b)).errors())
			.extracting(FieldError::code)
			.containsExactly("BUNDLE_FIELD_CONFLICT");
	}

	@Test
	void reportsUnknownDuplicateAndTooFewItems() {
		ServiceItem a = item("QR00001000", NAME);
		BundleComposer.Result result = this.composer.compose(bundle(List.of(a.key(), a.key(), "QR09999000@440100-GA")),
				lookup(a));
		assertThat(result.form()).isEmpty();
		assertThat(result.errors()).extracting(FieldError::code)
			.containsExactlyInAnyOrder("BUNDLE_ITEM_DUPLICATE", "BUNDLE_ITEM_UNKNOWN");
		assertThat(this.composer.compose(bundle(List.of(a.key())), lookup(a)).errors()).extracting(FieldError::code)
			.containsExactly("BUNDLE_TOO_FEW_ITEMS");
	}

	@Test
	void reportsAnExtraFieldClashingWithAnItemField() {
		ServiceItem a = item("QR00001000", NAME);
		ServiceItem b = item("QR00002000", PHONE);
		assertThat(this.composer.compose(bundle(List.of(a.key(), b.key()), NAME), lookup(a, b)).errors())
			.extracting(FieldError::code)
			.containsExactly("BUNDLE_FIELD_CONFLICT");
	}

	@Test
	void checksTheHeader() {
		Bundle bad = new Bundle("x", " ", null, null, "12", List.of(), List.of());
		assertThat(this.composer.compose(bad, (key) -> Optional.empty()).errors()).extracting(FieldError::code)
			.containsExactlyInAnyOrder("BUNDLE_CODE_INVALID", "BUNDLE_NAME_REQUIRED", "BUNDLE_THEME_REQUIRED",
					"REGION_CODE_INVALID", "BUNDLE_TOO_FEW_ITEMS");
	}

}
