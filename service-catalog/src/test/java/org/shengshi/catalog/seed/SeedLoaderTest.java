package org.shengshi.catalog.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.bundle.CombinedForm;
import org.shengshi.catalog.form.FieldType;
import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.form.FormValidator;
import org.shengshi.catalog.item.Channel;
import org.shengshi.catalog.item.ItemCode;
import org.shengshi.catalog.item.Material;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.item.ServiceItemValidator;
import org.shengshi.catalog.reference.RegionCode;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeedLoaderTest {

	private static SeedCatalog catalog;

	private final SeedLoader loader = new SeedLoader(CatalogFixtures.CERTIFICATE_TYPES);

	@BeforeAll
	static void loadOnce() {
		catalog = new SeedLoader(CatalogFixtures.CERTIFICATE_TYPES).load();
	}

	@Test
	void shipsAtLeast120ItemsOfAtLeast12DepartmentsAnd8Bundles() {
		assertThat(catalog.items()).hasSizeGreaterThanOrEqualTo(120);
		assertThat(catalog.items().stream().map((item) -> item.item().departmentCode()).distinct())
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(catalog.bundles()).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void coversTheNationalDepartmentsAtProvinceCityAndDistrictLevel() {
		Set<String> abbreviations = catalog.items()
			.stream()
			.map((item) -> item.item().department().abbreviation())
			.collect(Collectors.toSet());
		assertThat(abbreviations).contains("GA", "MZ", "RS", "YB", "BDC", "SJ", "JT", "WJ", "JY", "SW", "GJJ", "CRJ");
		assertThat(catalog.items()).extracting((item) -> item.item().region().level())
			.contains(RegionCode.Level.PROVINCE, RegionCode.Level.CITY, RegionCode.Level.COUNTY);
	}

	@Test
	void everyItemIsValidAndHasAValidCode() {
		ServiceItemValidator validator = new ServiceItemValidator(CatalogFixtures.CERTIFICATE_TYPES);
		for (SeedItem seed : catalog.items()) {
			assertThat(ItemCode.isValid(seed.item().code())).as(seed.key()).isTrue();
			assertThat(validator.validate(seed.item())).as(seed.key()).isEmpty();
		}
	}

	@Test
	void mostItemsAreFreeAndPassportsCost120Yuan() {
		long free = catalog.items().stream().filter((item) -> item.item().fee().isFree()).count();
		assertThat(free).isGreaterThan(catalog.items().size() * 3L / 4);
		assertThat(item("XK00301001@440100-CRJ").fee().amountFen()).isEqualTo(12000);
	}

	@Test
	void residencePermitTakesTheResidentEIdAsMaterialAndPrefillsFromIt() {
		ServiceItem permit = item("QR00103001@440100-GA");
		assertThat(permit.name()).isEqualTo("居住证申领");
		assertThat(permit.materials()).filteredOn(Material::satisfiableByCertificate)
			.extracting(Material::certificateType)
			.contains("RESIDENT_EID");
		assertThat(permit.form().field("householdAddress")).get()
			.extracting(FormField::prefill)
			.isEqualTo("certificate:RESIDENT_EID.address");
		assertThat(permit.form().prefilledKeys()).contains("applicantName", "applicantIdNumber", "applicantPhone");
		assertThat(permit.producesCertificateType()).isEqualTo("RESIDENCE_PERMIT");
	}

	@Test
	void pensionQualificationIsInstantFaceVerifiedWithoutMaterialsOrVisits() {
		ServiceItem pension = catalog.items()
			.stream()
			.map(SeedItem::item)
			.filter((item) -> item.name().equals("养老金领取资格认证"))
			.findFirst()
			.orElseThrow();
		assertThat(pension.instant()).isTrue();
		assertThat(pension.timeLimits().promisedDays()).isZero();
		assertThat(pension.requiredAssurance()).isEqualTo(3);
		assertThat(pension.materials()).isEmpty();
		assertThat(pension.visits()).isZero();
		assertThat(pension.channels()).contains(Channel.MOBILE);
	}

	@Test
	void everyBundleItemExistsAndSharedFieldsAreAskedOnce() {
		for (SeedBundle seed : catalog.bundles()) {
			CombinedForm form = seed.combinedForm();
			assertThat(seed.bundle().itemKeys()).allSatisfy((key) -> assertThat(catalog.item(key)).as(key).isPresent());
			List<String> keys = form.schema().fields().stream().map(FormField::key).toList();
			assertThat(keys).as(seed.bundle().code()).doesNotHaveDuplicates().containsAll(form.sharedKeys());
			assertThat(form.sharedKeys()).as(seed.bundle().code()).contains("applicantName", "applicantIdNumber");
			for (String itemKey : seed.bundle().itemKeys()) {
				assertThat(keys).containsAll(form.fieldsByItem().get(itemKey));
			}
		}
	}

	@Test
	void theBirthBundleAsksForTheChildOnceAndSplitsValuesPerItem() {
		SeedBundle birth = catalog.bundle("BIRTH").orElseThrow();
		CombinedForm form = birth.combinedForm();
		assertThat(form.sharedKeys()).contains("childName", "childBirthDate");
		Map<String, Object> values = Map.of("applicantName", "张三", "childName", "张小宝", "consentDataSharing", true);
		assertThat(form.valuesFor("QR00104001@440100-GA", values)).containsOnlyKeys("applicantName", "childName");
	}

	@Test
	void aCombinedFormValidatesLikeAnItemForm() {
		CombinedForm form = catalog.bundle("SECOND_HAND_HOUSING").orElseThrow().combinedForm();
		List<FieldError> errors = FormValidator.forChina().validate(form.schema(), Map.of("applicantName", "张三"));
		assertThat(errors).extracting(FieldError::field).contains("applicantIdNumber", "transactionPrice");
		assertThat(form.schema().field("transactionPrice")).get()
			.extracting(FormField::fieldType)
			.isEqualTo(java.util.Optional.of(FieldType.NUMBER));
	}

	@Test
	void producesASearchDocumentPerItemWithTheDepartmentName() {
		assertThat(catalog.searchDocuments()).hasSameSizeAs(catalog.items())
			.allSatisfy((doc) -> assertThat(doc.departmentName()).isNotBlank());
	}

	@Test
	void aBrokenSeedFailsWithEveryProblemListed() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.loader.load("seed-broken/manifest.json"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("SEED_INVALID");
				assertThat(ex.errors()).extracting(FieldError::code)
					.contains("ITEM_CODE_INVALID", "SEED_REFERENCE_UNKNOWN", "SEED_DEPARTMENT_UNKNOWN",
							"PROMISED_EXCEEDS_STATUTORY", "FIELD_PATTERN_INVALID", "SEED_ITEM_DUPLICATE",
							"BUNDLE_ITEM_UNKNOWN", "BUNDLE_FIELD_CONFLICT", "SEED_MALFORMED", "SEED_FIELD_MISSING");
			});
	}

	private static ServiceItem item(String key) {
		return catalog.item(key).orElseThrow().item();
	}

}
