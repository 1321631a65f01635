package org.shengshi.certificate.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;

import org.shengshi.certificate.disclosure.DisclosureRefusedException.Reason;
import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.CertificateTypeCatalog;
import org.shengshi.certificate.type.CertificateTypeLoader;
import org.shengshi.certificate.type.VerifierPurpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DisclosurePolicyTest {

	private static final CertificateTypeCatalog CATALOG = new CertificateTypeLoader().loadDefault();

	private final DisclosurePolicy policy = new DisclosurePolicy();

	private final CertificateType eId = CATALOG.bySlug("resident-e-id").orElseThrow();

	private final Map<String, Object> eIdFields = Map.of("name", "张三", "gender", "1", "ethnicity", "01", "birthDate",
			"1990-01-01", "address", "广州市天河区某路1号", "idNumber", "440106199001011234", "photoRef", "photo:7f3a",
			"validUntil", "2045-03-01", "internalNote", "never leaves");

	@Test
	void hotelCheckInReceivesNameIdNumberAndPhotoOnly() {
		DisclosedFields released = this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.forPurpose("HOTEL_CHECK_IN"), "HOTEL_CHECK_IN");
		assertThat(released.purpose()).isEqualTo("HOTEL_CHECK_IN");
		assertThat(released.fields()).containsExactly(Map.entry("name", "张三"),
				Map.entry("idNumber", "440106199001011234"), Map.entry("photoRef", "photo:7f3a"));
	}

	@Test
	void aHolderMayShowLessThanThePurposeAllows() {
		DisclosedFields released = this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.ofFields(List.of("idNumber", "name")), "HOTEL_CHECK_IN");
		assertThat(released.fields()).containsOnlyKeys("name", "idNumber");
		assertThat(released.fields().keySet()).containsExactly("name", "idNumber");
	}

	@Test
	void aDisclosureWiderThanThePurposeIsRefusedWhole() {
		assertRefused(Reason.EXCEEDS_PURPOSE, () -> this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.of("HOTEL_CHECK_IN", List.of("name", "address")), "HOTEL_CHECK_IN"));
		assertRefused(Reason.EXCEEDS_PURPOSE, () -> this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.ofFields(List.of("name", "birthDate")), "HOTEL_CHECK_IN"));
	}

	@Test
	void aDisclosureBoundToOnePurposeCannotBeUsedForAnother() {
		assertRefused(Reason.PURPOSE_MISMATCH, () -> this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.forPurpose("HOTEL_CHECK_IN"), "BANK_ACCOUNT_OPENING"));
	}

	@Test
	void aPurposeTheTypeDoesNotAllowGetsNothing() {
		assertRefused(Reason.PURPOSE_NOT_ALLOWED, () -> this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.ofFields(List.of("name")), "CAR_RENTAL"));
		assertRefused(Reason.PURPOSE_NOT_ALLOWED,
				() -> this.policy.resolve(this.eId, Disclosure.forPurpose("CAR_RENTAL")));
	}

	@Test
	void unknownFieldsAreRefused() {
		assertRefused(Reason.UNKNOWN_FIELD, () -> this.policy.disclose(this.eId, this.eIdFields,
				Disclosure.ofFields(List.of("internalNote")), "HOTEL_CHECK_IN"));
		assertRefused(Reason.UNKNOWN_FIELD,
				() -> this.policy.resolve(this.eId, Disclosure.ofFields(List.of("spouseName"))));
	}

	@Test
	void fieldsTheCertificateLacksAreLeftOut() {
		Map<String, Object> withoutPhoto = new HashMap<>(this.eIdFields);
		withoutPhoto.remove("photoRef");
		assertThat(
				this.policy.disclose(this.eId, withoutPhoto, Disclosure.forPurpose("HOTEL_CHECK_IN"), "HOTEL_CHECK_IN")
					.fields())
			.containsOnlyKeys("name", "idNumber");
	}

	@Test
	void resolvesWhatAHolderWillShowBeforeAnyVerifierIsKnown() {
		assertThat(this.policy.resolve(this.eId, Disclosure.forPurpose("HOTEL_CHECK_IN"))).containsExactly("name",
				"idNumber", "photoRef");
		assertThat(this.policy.resolve(this.eId, Disclosure.of("HOTEL_CHECK_IN", Set.of("photoRef", "name"))))
			.containsExactly("name", "photoRef");
		assertThat(this.policy.resolve(this.eId, Disclosure.ofFields(Set.of("address", "name"))))
			.containsExactly("name", "address");
		assertRefused(Reason.EXCEEDS_PURPOSE,
				() -> this.policy.resolve(this.eId, Disclosure.of("TRAVEL_TICKETING", Set.of("name", "photoRef"))));
	}

	@Test
	void fieldsThatNoSinglePurposeMaySeeTogetherCannotBeOffered() {
		String json = """
				{ "code": "111000000000190198009", "slug": "split", "name": "拆分", "nameEn": "Split",
				  "holderKind": "PERSON", "definingAuthority": "演示机关",
				  "issuer": { "department": "440100-GA", "creditCode": "1144010000002001XN", "name": "演示局" },
				  "fields": [
				    { "name": "name", "label": "姓名", "kind": "TEXT", "required": true, "personal": true },
				    { "name": "address", "label": "住址", "kind": "TEXT", "required": true, "personal": true } ],
				  "purposes": [ { "code": "NAME_CHECK", "label": "姓名核验", "fields": ["name"] },
				                { "code": "ADDRESS_CHECK", "label": "住址核验", "fields": ["address"] } ] }
				""";
		CertificateType split = new CertificateTypeLoader()
			.load(List.of(new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "split.json")))
			.bySlug("split")
			.orElseThrow();
		assertThat(this.policy.resolve(split, Disclosure.ofFields(Set.of("address")))).containsExactly("address");
		assertRefused(Reason.EXCEEDS_PURPOSE,
				() -> this.policy.resolve(split, Disclosure.ofFields(Set.of("name", "address"))));
	}

	static Stream<Arguments> everyTypeAndPurpose() {
		return CATALOG.all()
			.stream()
			.flatMap((type) -> type.purposes().stream().map((purpose) -> Arguments.of(type.slug(), purpose.code())));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@MethodSource("everyTypeAndPurpose")
	void noSeededPurposeEverReceivesMoreThanItsPolicy(String slug, String purposeCode) {
		CertificateType type = CATALOG.bySlug(slug).orElseThrow();
		VerifierPurpose purpose = type.purpose(purposeCode).orElseThrow();
		Map<String, Object> everything = new HashMap<>();
		type.fieldNames().forEach((name) -> everything.put(name, "value-of-" + name));
		everything.put("notInSchema", "secret");

		DisclosedFields released = this.policy.disclose(type, everything, Disclosure.forPurpose(purposeCode),
				purposeCode);

		assertThat(released.fields().keySet()).containsExactlyElementsOf(purpose.fields());
		for (String field : type.fieldNames()) {
			if (!purpose.fields().contains(field)) {
				assertRefused(Reason.EXCEEDS_PURPOSE,
						() -> this.policy.disclose(type, everything, Disclosure.ofFields(List.of(field)), purposeCode));
			}
		}
	}

	private static void assertRefused(Reason reason, Runnable action) {
		assertThatExceptionOfType(DisclosureRefusedException.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.reason()).isEqualTo(reason);
			assertThat(ex.code()).isEqualTo(reason.code()).startsWith("DISCLOSURE_");
		});
	}

}
