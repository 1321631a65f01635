package org.shengshi.e2e;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.localstack.DemoAccount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.e2e.Residents.expect;
import static org.shengshi.e2e.Residents.json;

/**
 * Journey 4 of DESIGN.md §7: the department publishes a new version of an item (drafted
 * by its publisher, approved by a different reviewer) while a case filed on the old
 * version continues unchanged; new applications use the new version, the old version
 * stays readable and can no longer be filed against.
 */
@ExtendWith(LocalStackExtension.class)
class NewItemVersionJourneyIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * 犬只登记 (Guangzhou public security): promised in 5 working days, no fee, no
	 * certificate.
	 */
	private static final String ITEM = "XK00106000-440100-GA";

	@Test
	void aNewVersionIsPublishedWhileACaseOnTheOldOneContinues(Platform platform) {
		Residents residents = new Residents(platform);
		String token = residents.token(residents.verifyRealName(residents.signUp(), "黄志强"));
		Cases cases = new Cases(platform);
		JsonNode before = CatalogItems.currentVersion(platform, ITEM);
		int oldVersion = before.path("version").asInt();
		Map<String, String> typed = Map.of("residenceAddress", "广州市越秀区北京路2号", "dogBreed", "中华田园犬",
				"dogVaccinationNumber", "GZ-2026-000123");
		String oldCase = cases.fileAndSubmit(token, before, typed).path("id").asString();

		String publisher = platform.accessToken(DemoAccount.PUBLISHER1);
		JsonNode revision = expect(platform.gatewaySend("POST", "/api/v1/catalog/manage/items/" + ITEM + "/revisions",
				publisher, null, "Idempotency-Key", java.util.UUID.randomUUID().toString()), 200, 201)
			.json();
		ObjectNode content = (ObjectNode) revision.path("draft").path("content");
		int promised = content.path("timeLimits").path("promisedDays").asInt();
		// two working days shorter (or, on a stack where earlier runs already shortened
		// it,
		// back to a week)
		int revised = (promised > 2) ? promised - 2 : 5;
		((ObjectNode) content.path("timeLimits")).put("promisedDays", revised);
		expect(platform.gatewaySend("PUT", "/api/v1/catalog/manage/items/" + ITEM + "/draft", publisher,
				JSON.writeValueAsString(content)), 200);
		expect(platform.gatewayPost("/api/v1/catalog/manage/items/" + ITEM + "/actions", publisher,
				json(Map.of("action", "SUBMIT", "comment", "承诺时限压缩两个工作日"))), 200);
		HttpResult selfApproval = platform.gatewayPost("/api/v1/catalog/manage/items/" + ITEM + "/actions", publisher,
				json(Map.of("action", "APPROVE")));
		assertThat(selfApproval.status()).as("the publisher cannot approve their own draft").isEqualTo(403);
		JsonNode approved = expect(platform.gatewayPost("/api/v1/catalog/manage/items/" + ITEM + "/actions",
				platform.accessToken(DemoAccount.REVIEWER1), json(Map.of("action", "APPROVE", "comment", "同意"))), 200)
			.json();
		int newVersion = approved.path("currentVersion").asInt();
		assertThat(newVersion).isEqualTo(oldVersion + 1);

		JsonNode current = Eventually.await("the new version served as current", Duration.ofSeconds(30),
				() -> CatalogItems.currentVersion(platform, ITEM), (v) -> v.path("version").asInt() == newVersion);
		assertThat(current.path("promisedLimitDays").asInt()).isEqualTo(revised);
		JsonNode old = expect(platform.gatewayGet("/api/v1/catalog/items/" + ITEM + "/versions/" + oldVersion, null),
				200)
			.json();
		assertThat(old.path("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.path("promisedLimitDays").asInt()).isEqualTo(promised);

		HttpResult onOld = platform.gatewaySend("POST", "/api/v1/cases?submit=true", token,
				json(Map.of("itemCode", ITEM, "itemVersion", oldVersion, "formValues", typed)), "Idempotency-Key",
				java.util.UUID.randomUUID().toString());
		assertThat(onOld.status()).isEqualTo(422);
		assertThat(onOld.text("code")).isEqualTo("ITEM_VERSION_NOT_PUBLISHED");
		assertThat(cases.fileAndSubmit(token, current, typed).path("itemVersion").asInt()).isEqualTo(newVersion);

		String officer = platform.accessToken(DemoAccount.OFFICER1);
		cases.act(officer, oldCase, "ACCEPT", null);
		cases.act(officer, oldCase, "START_REVIEW", null);
		cases.act(officer, oldCase, "APPROVE", null);
		JsonNode done = cases.act(officer, oldCase, "COMPLETE", null);
		assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.path("itemVersion").asInt()).as("the old case keeps its version").isEqualTo(oldVersion);
	}

}
