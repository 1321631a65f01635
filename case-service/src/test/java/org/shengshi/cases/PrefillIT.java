package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing fills fields with a prefill source from the profile (identity-service, client
 * token) and the resident's own e-certificates (their token relayed to
 * e-certificate-service); both are WireMock stand-ins of the documented contracts.
 */
class PrefillIT extends CaseServiceSupport {

	private static final IdentityStub IDENTITY = IdentityStub.shared();

	private static final CertificateServiceStub CERTIFICATES = CertificateServiceStub.shared();

	private static final String PERMIT_FIELDS = "{\"name\":\"张三\",\"residenceAddress\":\"广州市海珠区某路3号\"}";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PiiCipher cipher;

	@Test
	void profileAndCertificateFieldsArePrefilledAndTheResponseSaysWhich() {
		String resident = newSubject();
		String bearer = resident(resident);
		IDENTITY.verifiedIdentity(resident, "张三", "440106199001011234");
		CERTIFICATES.holds(bearer, "cert-" + resident, "RESIDENCE_PERMIT", "01", PERMIT_FIELDS);

		HttpResponse<String> filed = file(bearer, "{\"reason\":\"新办\"}", true);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode body = json(filed);
		assertThat(strings(body.path("prefilledFields"))).containsExactly("name", "idNumber", "residenceAddress");
		assertThat(strings(body.path("notPrefilledFields"))).isEmpty();
		assertThat(filed.body()).doesNotContain("440106199001011234");
		JsonNode stored = storedValues(body.path("id").asString());
		assertThat(stored.path("name").asString()).isEqualTo("张三");
		assertThat(stored.path("idNumber").asString()).isEqualTo("440106199001011234");
		assertThat(stored.path("residenceAddress").asString()).isEqualTo("广州市海珠区某路3号");
	}

	@Test
	void valuesTheResidentTypedAreKept() {
		String resident = newSubject();
		String bearer = resident(resident);
		IDENTITY.verifiedIdentity(resident, "张三", "440106199001011234");

		HttpResponse<String> filed = file(bearer, "{\"name\":\"张三丰\",\"reason\":\"新办\"}", false);

		JsonNode body = json(filed);
		assertThat(strings(body.path("prefilledFields"))).containsExactly("idNumber");
		assertThat(strings(body.path("notPrefilledFields"))).containsExactly("residenceAddress");
		assertThat(storedValues(body.path("id").asString()).path("name").asString()).isEqualTo("张三丰");
	}

	@Test
	void unavailableSourcesNeverBlockFilingTheFieldsJustStayEmpty() {
		String resident = newSubject();
		String bearer = resident(resident);
		IDENTITY.identityDownFor(resident);
		CERTIFICATES.downFor(bearer);

		HttpResponse<String> filed = file(bearer, "{\"reason\":\"新办\"}", false);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode body = json(filed);
		assertThat(strings(body.path("prefilledFields"))).isEmpty();
		assertThat(strings(body.path("notPrefilledFields"))).containsExactly("name", "idNumber", "residenceAddress");
		assertThat(body.path("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void anInvalidCertificateIsNotUsed() {
		String resident = newSubject();
		String bearer = resident(resident);
		CERTIFICATES.holds(bearer, "cert-" + resident, "RESIDENCE_PERMIT", "03", PERMIT_FIELDS);

		JsonNode body = json(file(bearer, "{\"reason\":\"新办\"}", false));

		assertThat(strings(body.path("notPrefilledFields"))).contains("residenceAddress");
	}

	@Test
	void aDelegateGetsTheDelegatorsProfileButNeverReadsAWalletForThem() {
		String elder = newSubject();
		String child = newSubject();
		String childBearer = resident(child);
		IDENTITY.activeDelegation(elder, child, PREFILLED_ITEM);
		IDENTITY.verifiedIdentity(elder, "王老", "440106194001011234");
		CERTIFICATES.holds(childBearer, "cert-" + child, "RESIDENCE_PERMIT", "01", PERMIT_FIELDS);

		String request = "{\"itemCode\":\"%s\",\"itemVersion\":1,\"onBehalfOf\":\"%s\",\"formValues\":{\"reason\":\"代办\"}}"
			.formatted(PREFILLED_ITEM, elder);
		HttpResponse<String> filed = post("/api/v1/cases", childBearer, request, UUID.randomUUID().toString());

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode body = json(filed);
		assertThat(strings(body.path("prefilledFields"))).containsExactly("name", "idNumber");
		assertThat(CERTIFICATES.walletReads(childBearer)).isZero();
		assertThat(storedValues(body.path("id").asString()).path("name").asString()).isEqualTo("王老");
	}

	private HttpResponse<String> file(String bearer, String formValues, boolean submit) {
		String body = "{\"itemCode\":\"%s\",\"itemVersion\":1,\"formValues\":%s}".formatted(PREFILLED_ITEM, formValues);
		return post("/api/v1/cases" + (submit ? "?submit=true" : ""), bearer, body, UUID.randomUUID().toString());
	}

	private JsonNode storedValues(String caseId) {
		String sealed = this.jdbc.queryForObject("SELECT form_values FROM case_file WHERE id = ?", String.class,
				caseId);
		return JSON.readTree(this.cipher.decrypt(sealed, "case_file.form_values"));
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

}
