package org.shengshi.catalog.searching;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemRecord;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.items.StoredItems;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index follows the database: at once for changes made through this replica,
 * within the sync interval for changes made elsewhere (another replica).
 */
@ShengshiServiceTest
class SearchFollowsCatalogIT {

	private static final TestJwtIssuer JWT = TestJwtIssuer.shared();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private SeedCatalog seed;

	@Autowired
	private ItemStore store;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void approvedItemIsFoundAtOnceAndRetiredItemDisappearsAtOnce() throws Exception {
		String code = publish("麒麟蹴鞠证明");
		assertThat(foundCodes("麒麟蹴鞠证明")).first().isEqualTo(code);

		HttpResponse<String> retired = call("POST", "/api/v1/catalog/manage/items/" + code + "/actions",
				"{\"action\":\"RETIRE\",\"comment\":\"事项取消\"}", reviewer());
		assertThat(retired.statusCode()).isEqualTo(200);

		assertThat(foundCodes("麒麟蹴鞠证明")).doesNotContain(code);
	}

	@Test
	void aChangeMadeByAnotherReplicaReachesTheIndexWithinTheSyncInterval() throws Exception {
		String code = publish("貔貅舞狮备案");
		assertThat(foundCodes("貔貅舞狮备案")).contains(code);
		ItemRecord item = this.store.findItem(code).orElseThrow();

		this.store.updateStatus(item.id(), "PUBLISHED", "RETIRED", Instant.now().truncatedTo(ChronoUnit.MILLIS));

		assertThat(foundWithinTenSecondsWithout("貔貅舞狮备案", code)).doesNotContain(code);
	}

	@Test
	void aChangeCommittedLateWithAnEarlierChangeTimeStillReachesTheIndex() throws Exception {
		Instant written = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String code = publish("饕餮宴席许可");
		ItemRecord item = this.store.findItem(code).orElseThrow();
		Thread.sleep(1500);
		publish("梼杌围棋赛事备案");

		this.store.updateStatus(item.id(), "PUBLISHED", "RETIRED", written);

		assertThat(foundWithinTenSecondsWithout("饕餮宴席许可", code)).doesNotContain(code);
	}

	private List<String> foundWithinTenSecondsWithout(String query, String code) throws Exception {
		Instant deadline = Instant.now().plusSeconds(10);
		List<String> found = foundCodes(query);
		while (found.contains(code) && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			found = foundCodes(query);
		}
		return found;
	}

	private String publisher() {
		return JWT.staff("publisher-" + this.suffix, "440100-GA", "dept_publisher").bearer();
	}

	private String reviewer() {
		return JWT.staff("reviewer-" + this.suffix, "440100-GA", "catalog_reviewer").bearer();
	}

	private String publish(String name) throws Exception {
		ServiceItem content = StoredItems.freshItem(this.seed, "440100-GA").toBuilder().name(name).build();
		HttpResponse<String> created = call("POST", "/api/v1/catalog/manage/items", ItemContentCodec.write(content),
				publisher());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = JSON.readTree(created.body()).path("itemCode").asString();
		String actions = "/api/v1/catalog/manage/items/" + code + "/actions";
		assertThat(call("POST", actions, "{\"action\":\"SUBMIT\"}", publisher()).statusCode()).isEqualTo(200);
		assertThat(call("POST", actions, "{\"action\":\"APPROVE\"}", reviewer()).statusCode()).isEqualTo(200);
		return code;
	}

	private List<String> foundCodes(String query) throws Exception {
		HttpResponse<String> response = call("GET",
				"/api/v1/catalog/search?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> codes = new ArrayList<>();
		for (JsonNode result : JSON.readTree(response.body()).path("results")) {
			codes.add(result.path("itemCode").asString());
		}
		return codes;
	}

	private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
