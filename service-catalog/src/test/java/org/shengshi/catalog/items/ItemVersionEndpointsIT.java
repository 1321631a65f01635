package org.shengshi.catalog.items;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item-version contract case-service reads, served from the seed stored in the
 * database at startup.
 */
@ShengshiServiceTest
class ItemVersionEndpointsIT {

	static final String RESIDENCE_PERMIT = "QR00103001-440100-GA";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void residencePermitVersionOneHasTheContractShape() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/items/" + RESIDENCE_PERMIT + "/versions/1");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode item = JSON.readTree(response.body());
		assertThat(item.path("itemCode").asString()).isEqualTo(RESIDENCE_PERMIT);
		assertThat(item.path("version").asInt()).isOne();
		assertThat(item.path("name").asString()).isEqualTo("居住证申领");
		assertThat(item.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(item.path("departmentCode").asString()).isEqualTo("440100-GA");
		assertThat(item.path("regionCode").asString()).isEqualTo("440100");
		assertThat(item.path("promisedLimitDays").asInt()).isEqualTo(7);
		assertThat(item.path("instant").asBoolean()).isFalse();
		assertThat(item.path("feeFen").asLong()).isZero();
		assertThat(item.path("certificateType").asString()).isEqualTo("111000000000190198002");
		assertThat(item.path("producesCertificateType").asString()).isEqualTo("111000000000190198002");
		assertThat(item.path("formFields")).anySatisfy((field) -> assertThat(field.path("prefill").asString())
			.as("certificate prefill in e-certificate-service's type codes")
			.isEqualTo("certificate:111000000000190198001.address"));
		JsonNode idCard = item.path("materials").get(0);
		assertThat(idCard.path("code").asString()).isEqualTo("ID_CARD");
		assertThat(idCard.path("required").asBoolean()).isTrue();
		assertThat(idCard.path("forms").get(0).asString()).isIn("ORIGINAL", "COPY", "ELECTRONIC");
		assertThat(item.path("formFields")).anySatisfy((field) -> {
			assertThat(field.path("name").asString()).isNotBlank();
			assertThat(field.path("label").asString()).isNotBlank();
			assertThat(field.path("prefill").asString()).startsWith("profile:");
		});
		assertThat(item.path("formFields")).allSatisfy((field) -> assertThat(field.has("maxLength")).isTrue());
	}

	@Test
	void detailShowsTheCurrentPublishedVersionWithEveryElement() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/items/" + RESIDENCE_PERMIT);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode item = JSON.readTree(response.body());
		assertThat(item.path("version").asInt()).isPositive();
		assertThat(item.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(item.path("content").path("legalBasis")).isNotEmpty();
		assertThat(item.path("content").path("faqs")).isNotEmpty();
	}

	@Test
	void theSeedHasAPaidItemOfThePublicSecurityBureauForTheJourneys() throws Exception {
		JsonNode item = JSON.readTree(get("/api/v1/catalog/items/QR00103003-440100-GA/versions/1").body());

		assertThat(item.path("departmentCode").asString()).isEqualTo("440100-GA");
		assertThat(item.path("feeFen").asLong()).isEqualTo(2000);
	}

	@Test
	void unknownItemOrVersionIsNotFoundAndABadVersionIsABadRequest() throws Exception {
		HttpResponse<String> noItem = get("/api/v1/catalog/items/XK09999999-440100-GA/versions/1");
		assertThat(noItem.statusCode()).isEqualTo(404);
		assertThat(noItem.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(noItem.body()).contains("\"code\":\"ITEM_VERSION_NOT_FOUND\"");
		assertThat(get("/api/v1/catalog/items/" + RESIDENCE_PERMIT + "/versions/999").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/catalog/items/" + RESIDENCE_PERMIT + "/versions/0").statusCode()).isEqualTo(404);
		HttpResponse<String> bad = get("/api/v1/catalog/items/" + RESIDENCE_PERMIT + "/versions/abc");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"code\":\"INVALID_PARAMETER\"");
		assertThat(get("/api/v1/catalog/items/NO-SUCH-ITEM").body()).contains("\"code\":\"ITEM_NOT_FOUND\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
