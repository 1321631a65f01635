package org.shengshi.catalog.listing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ShengshiServiceTest
class ItemListingEndpointsIT {

	private static final TestJwtIssuer JWT = TestJwtIssuer.shared();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ItemListingMapper mapper;

	@Test
	void publisherSeesOwnDepartmentsItemsAndNotAnotherDepartments() throws Exception {
		ItemRow own = Items.item("440100-GA", "DRAFT");
		ItemRow other = Items.item("440100-MZ", "DRAFT");
		this.mapper.insert(own);
		this.mapper.insert(other);

		HttpResponse<String> response = get("/api/v1/catalog/manage/items?size=100",
				JWT.staff("publisher-1", "440100-GA", "dept_publisher").bearer());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(own.itemCode()).doesNotContain(other.itemCode());
	}

	@Test
	void reviewerMayListButResidentIsForbiddenAndAnonymousIsUnauthenticated() throws Exception {
		String path = "/api/v1/catalog/manage/items";
		assertThat(get(path, JWT.staff("reviewer-1", "440100-GA", "catalog_reviewer").bearer()).statusCode())
			.isEqualTo(200);
		HttpResponse<String> forbidden = get(path, JWT.resident("resident-1").bearer());
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("\"code\":\"ACCESS_DENIED\"");
		HttpResponse<String> anonymous = get(path, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("\"code\":\"UNAUTHENTICATED\"");
		assertThat(get(path, JWT.staff("publisher-1", "440100-GA", "dept_publisher").expired().bearer()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void draftsAreNotShownToThePublic() throws Exception {
		ItemRow draft = Items.item("440100-GA", "DRAFT");
		this.mapper.insert(draft);

		HttpResponse<String> hidden = get("/api/v1/catalog/items/" + draft.itemCode(), null);
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(hidden.body()).contains("\"code\":\"ITEM_NOT_FOUND\"");
	}

	@Test
	void badPagingIsAProblemNotAServerError() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/items?size=100000", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"INVALID_PAGE\"");
		assertThat(get("/api/v1/catalog/items?page=abc", null).statusCode()).isEqualTo(400);
	}

	@Test
	void healthMetricsAndApiDocsAnswer() throws Exception {
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
		assertThat(get("/v3/api-docs", null).body()).contains("/api/v1/catalog/manage/items");
	}

	private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
