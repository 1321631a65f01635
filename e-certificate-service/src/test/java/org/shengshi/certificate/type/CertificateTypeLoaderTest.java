package org.shengshi.certificate.type;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import org.shengshi.certificate.identifier.CertificateTypeCode;
import org.shengshi.certificate.identifier.UnifiedSocialCreditCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CertificateTypeLoaderTest {

	private static final String VALID = """
			{ "code": "111000000000190198001", "slug": "demo", "name": "演示", "nameEn": "Demo",
			  "holderKind": "PERSON", "definingAuthority": "演示机关",
			  "issuer": { "department": "440100-GA", "creditCode": "1144010000002001XN", "name": "演示局" },
			  "fields": [
			    { "name": "name", "label": "姓名", "kind": "TEXT", "required": true, "personal": true },
			    { "name": "idNumber", "label": "号码", "kind": "ID_NUMBER", "required": true, "personal": true } ],
			  "purposes": [ { "code": "HOTEL_CHECK_IN", "label": "入住", "fields": ["idNumber", "name"] } ] }
			""";

	private final CertificateTypeLoader loader = new CertificateTypeLoader();

	@Test
	void loadsTheSevenSeededTypes() {
		CertificateTypeCatalog catalog = this.loader.loadDefault();
		assertThat(catalog.all()).extracting(CertificateType::slug)
			.containsExactlyInAnyOrder("resident-e-id", "residence-permit", "marriage-certificate", "business-licence",
					"real-estate-certificate", "driving-licence", "social-security-card");
		assertThat(catalog.all()).allSatisfy((type) -> {
			assertThat(CertificateTypeCode.isValid(type.code())).isTrue();
			assertThat(UnifiedSocialCreditCode.isValid(type.issuer().creditCode())).isTrue();
			assertThat(type.purpose("CASE_MATERIAL")).isPresent();
		});
	}

	@Test
	void hotelCheckInSeesOnlyNameIdNumberAndPhotoOfTheResidentEId() {
		CertificateType eId = this.loader.loadDefault().bySlug("resident-e-id").orElseThrow();
		assertThat(eId.name()).isEqualTo("居民身份电子凭证");
		assertThat(eId.code()).isEqualTo("111000000000190198001");
		assertThat(eId.issuer().code()).isEqualTo("440100-GA");
		assertThat(eId.purpose("HOTEL_CHECK_IN").orElseThrow().fields()).containsExactly("name", "idNumber",
				"photoRef");
		assertThat(eId.field("idNumber").orElseThrow().kind()).isEqualTo(FieldKind.ID_NUMBER);
		assertThat(eId.field("idNumber").orElseThrow().personal()).isTrue();
		assertThat(this.loader.loadDefault().find("111000000000190198001")).contains(eId);
	}

	@Test
	void keepsPurposeFieldsInSchemaOrderAndOpenEndedTypesWithoutValidity() {
		CertificateTypeCatalog catalog = this.loader.load(List.of(resource("demo.json", VALID)));
		CertificateType demo = catalog.bySlug("demo").orElseThrow();
		assertThat(demo.purpose("HOTEL_CHECK_IN").orElseThrow().fields()).containsExactly("name", "idNumber");
		assertThat(demo.validityYears()).isNull();
		assertThat(demo.fieldNames()).containsExactly("name", "idNumber");
		assertThat(demo.purpose("UNKNOWN")).isEmpty();
	}

	@Test
	void reportsEveryProblemOfABrokenTypeAtOnce() {
		String broken = """
				{ "code": "111000000000190198", "slug": "Bad Slug", "name": " ", "nameEn": "Broken",
				  "holderKind": "PERSON", "definingAuthority": "x", "validityYears": 0,
				  "issuer": { "department": "GA", "creditCode": "1144010000002001XM", "name": "x" },
				  "fields": [
				    { "name": "name", "label": "姓名", "kind": "TEXT", "required": true, "personal": true },
				    { "name": "name", "label": "again", "kind": "TEXT", "required": true, "personal": true },
				    { "name": "IdNumber", "label": "号码", "kind": "ID_NUMBER", "required": true, "personal": true },
				    { "name": "photo", "label": "", "kind": "PHOTO_REF" } ],
				  "purposes": [
				    { "code": "hotel", "label": "入住", "fields": ["name"] },
				    { "code": "HOTEL_CHECK_IN", "label": "入住", "fields": ["name", "spouseName", "name"] },
				    { "code": "EMPTY", "label": "空", "fields": [] } ] }
				""";
		assertThatExceptionOfType(InvalidCertificateTypeException.class)
			.isThrownBy(() -> this.loader.load(List.of(resource("broken.json", broken))))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactlyInAnyOrder(
					"broken.json: code: a certificate type code has 21 characters (defining authority code + 3 digits)",
					"broken.json: slug is lower-case words joined by '-'", "broken.json: name is required",
					"broken.json: validityYears is between 1 and 100, or absent for no end date",
					"broken.json: issuer.department looks like 440100-GA",
					"broken.json: issuer.creditCode: check character (18) does not match",
					"broken.json: field name is declared twice",
					"broken.json: field name 'IdNumber' is lower camel case", "broken.json: field photo needs a label",
					"broken.json: field photo says whether it is required",
					"broken.json: field photo says whether it is personal data",
					"broken.json: purpose code 'hotel' is UPPER_SNAKE_CASE",
					"broken.json: purpose HOTEL_CHECK_IN names undeclared field 'spouseName'",
					"broken.json: purpose HOTEL_CHECK_IN names field 'name' twice",
					"broken.json: purpose EMPTY discloses at least one field"));
	}

	@Test
	void refusesUnknownPropertiesUnknownKindsAndMalformedJson() {
		String unknownProperty = VALID.replace("\"slug\": \"demo\",", "\"slug\": \"demo\", \"colour\": \"red\",");
		String unknownKind = VALID.replace("\"kind\": \"TEXT\"", "\"kind\": \"BLOB\"");
		assertThatExceptionOfType(InvalidCertificateTypeException.class)
			.isThrownBy(() -> this.loader.load(List.of(resource("a.json", unknownProperty),
					resource("b.json", unknownKind), resource("c.json", "{ not json"))))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(3)
				.allSatisfy((problem) -> assertThat(problem).contains("not a certificate type document")));
	}

	@Test
	void refusesTwoTypesWithTheSameCodeOrSlug() {
		String sameSlug = VALID.replace("111000000000190198001", "111000000000190198002");
		assertThatExceptionOfType(InvalidCertificateTypeException.class)
			.isThrownBy(() -> this.loader
				.load(List.of(resource("a.json", VALID), resource("b.json", VALID), resource("c.json", sameSlug))))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"b.json: type code 111000000000190198001 is already used by a.json",
					"b.json: slug demo is already used by a.json", "c.json: slug demo is already used by a.json"));
	}

	@Test
	void refusesToStartWithoutAnyType() {
		assertThatExceptionOfType(InvalidCertificateTypeException.class)
			.isThrownBy(() -> this.loader.load("classpath*:no-such-folder/*.json"))
			.withMessageContaining("no certificate type files found");
	}

	private static Resource resource(String name, String json) {
		return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), name) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

}
