package org.shengshi.catalog.publication;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.items.ItemCodes;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.StoredItems;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publishing workflow over real HTTP with staff tokens: drafting, review, versions,
 * separation of duties, department scoping, events in the outbox and bad input.
 */
@ShengshiServiceTest
class PublicationEndpointsIT {

	static final String MANAGE = "/api/v1/catalog/manage/items";

	@LocalServerPort
	private int port;

	@Autowired
	private SeedCatalog seed;

	@Autowired
	private JdbcTemplate jdbc;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private Staff publisher() {
		return Staff.publisher(this.port, "publisher-" + this.suffix, "440100-GA");
	}

	private Staff reviewer() {
		return Staff.reviewer(this.port, "reviewer-" + this.suffix, "440100-GA");
	}

	private Staff anonymous() {
		return Staff.withToken(this.port, null);
	}

	/** A new draft by the publisher, submitted; returns its item code. */
	private String submittedDraft(ServiceItem content) throws Exception {
		HttpResponse<String> created = publisher().post(MANAGE, ItemContentCodec.write(content));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = Staff.json(created).path("itemCode").asString();
		assertThat(publisher().act(code, "SUBMIT", null).statusCode()).isEqualTo(200);
		return code;
	}

	private String publishedItem(ServiceItem content) throws Exception {
		String code = submittedDraft(content);
		HttpResponse<String> approved = reviewer().act(code, "APPROVE", null);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		return code;
	}

	private int outboxEvents(String type, String subject) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE type = ? AND subject = ?",
				Integer.class, type, subject);
		return (count != null) ? count : 0;
	}

	@Test
	void publisherDraftsReviewerApprovesAndTheVersionIsPublicWithAnEvent() throws Exception {
		ServiceItem content = StoredItems.freshItem(this.seed, "440100-GA");
		String code = submittedDraft(content);
		assertThat(code).isEqualTo(ItemCodes.of(content));
		assertThat(anonymous().get("/api/v1/catalog/items/" + code).statusCode()).isEqualTo(404);

		HttpResponse<String> approved = reviewer().act(code, "APPROVE", null);

		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(Staff.json(approved).path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Staff.json(approved).path("currentVersion").asInt()).isOne();
		HttpResponse<String> version = anonymous().get("/api/v1/catalog/items/" + code + "/versions/1");
		assertThat(version.statusCode()).isEqualTo(200);
		assertThat(Staff.json(version).path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Staff.json(anonymous().get("/api/v1/catalog/items/" + code)).path("version").asInt()).isOne();
		assertThat(outboxEvents("catalog.item.published", code)).isOne();
	}

	@Test
	void theAuthorCannotApproveOwnWorkAndAReturnNeedsAComment() throws Exception {
		String both = "both-" + this.suffix;
		Staff publisherAndReviewer = Staff.withToken(this.port,
				Staff.JWT.staff(both, "440100-GA", "dept_publisher", "catalog_reviewer").bearer());
		HttpResponse<String> created = publisherAndReviewer.post(MANAGE,
				ItemContentCodec.write(StoredItems.freshItem(this.seed, "440100-GA")));
		String code = Staff.json(created).path("itemCode").asString();
		publisherAndReviewer.act(code, "SUBMIT", null);

		HttpResponse<String> own = publisherAndReviewer.act(code, "APPROVE", null);
		assertThat(own.statusCode()).isEqualTo(403);
		assertThat(own.body()).contains("\"code\":\"SEPARATION_OF_DUTIES\"");

		HttpResponse<String> silent = reviewer().act(code, "RETURN", null);
		assertThat(silent.statusCode()).isEqualTo(400);
		assertThat(silent.body()).contains("\"code\":\"COMMENT_REQUIRED\"");

		HttpResponse<String> returned = reviewer().act(code, "RETURN", "请补充办理地点");
		assertThat(returned.statusCode()).isEqualTo(200);
		assertThat(Staff.json(returned).path("draft").path("status").asString()).isEqualTo("DRAFT");
		assertThat(Staff.json(returned).path("draft").path("lastComment").asString()).isEqualTo("请补充办理地点");
	}

	@Test
	void aNewVersionLeavesTheEarlierOneUnchangedAndSuperseded() throws Exception {
		ServiceItem content = StoredItems.freshItem(this.seed, "440100-GA");
		String code = publishedItem(content);

		assertThat(publisher().post(MANAGE + "/" + code + "/revisions", null).statusCode()).isEqualTo(200);
		ServiceItem renamed = content.toBuilder().name(content.name() + "（第二版）").build();
		assertThat(publisher().put(MANAGE + "/" + code + "/draft", ItemContentCodec.write(renamed)).statusCode())
			.isEqualTo(200);
		assertThat(publisher().act(code, "SUBMIT", null).statusCode()).isEqualTo(200);
		assertThat(reviewer().act(code, "APPROVE", null).statusCode()).isEqualTo(200);

		var first = Staff.json(anonymous().get("/api/v1/catalog/items/" + code + "/versions/1"));
		var second = Staff.json(anonymous().get("/api/v1/catalog/items/" + code + "/versions/2"));
		assertThat(first.path("name").asString()).isEqualTo(content.name());
		assertThat(first.path("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(second.path("name").asString()).isEqualTo(renamed.name());
		assertThat(second.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Staff.json(anonymous().get("/api/v1/catalog/items/" + code)).path("version").asInt()).isEqualTo(2);
		HttpResponse<String> publishedEdit = publisher().put(MANAGE + "/" + code + "/draft",
				ItemContentCodec.write(renamed));
		assertThat(publishedEdit.statusCode()).isEqualTo(409);
		assertThat(publishedEdit.body()).contains("\"code\":\"DRAFT_NOT_FOUND\"");
	}

	@Test
	void retiredItemLeavesThePublicCatalogButItsVersionStaysReadable() throws Exception {
		String code = publishedItem(StoredItems.freshItem(this.seed, "440100-GA"));

		HttpResponse<String> noReason = reviewer().act(code, "RETIRE", null);
		assertThat(noReason.statusCode()).isEqualTo(400);
		HttpResponse<String> byPublisher = publisher().act(code, "RETIRE", "事项取消");
		assertThat(byPublisher.statusCode()).isEqualTo(403);
		assertThat(byPublisher.body()).contains("\"code\":\"ROLE_REQUIRED\"");
		HttpResponse<String> retired = reviewer().act(code, "RETIRE", "事项取消");

		assertThat(retired.statusCode()).isEqualTo(200);
		assertThat(anonymous().get("/api/v1/catalog/items/" + code).statusCode()).isEqualTo(404);
		var version = Staff.json(anonymous().get("/api/v1/catalog/items/" + code + "/versions/1"));
		assertThat(version.path("status").asString()).isEqualTo("RETIRED");
		assertThat(outboxEvents("catalog.item.retired", code)).isOne();
		assertThat(reviewer().act(code, "RETIRE", "再次").statusCode()).isEqualTo(409);
	}

	@Test
	void suspendedItemIsNotFiledOnUntilResumed() throws Exception {
		String code = publishedItem(StoredItems.freshItem(this.seed, "440100-GA"));

		assertThat(publisher().act(code, "SUSPEND", "系统升级").statusCode()).isEqualTo(200);
		assertThat(
				Staff.json(anonymous().get("/api/v1/catalog/items/" + code + "/versions/1")).path("status").asString())
			.isEqualTo("SUSPENDED");
		assertThat(publisher().act(code, "RESUME", null).statusCode()).isEqualTo(200);
		assertThat(
				Staff.json(anonymous().get("/api/v1/catalog/items/" + code + "/versions/1")).path("status").asString())
			.isEqualTo("PUBLISHED");
	}

	@Test
	void staffOfAnotherDepartmentCannotSeeOrTouchTheItem() throws Exception {
		String code = submittedDraft(StoredItems.freshItem(this.seed, "440100-GA"));
		Staff civilAffairs = Staff.reviewer(this.port, "mz-reviewer-" + this.suffix, "440100-MZ");
		Staff civilPublisher = Staff.publisher(this.port, "mz-publisher-" + this.suffix, "440100-MZ");

		assertThat(civilAffairs.get(MANAGE + "/" + code).statusCode()).isEqualTo(404);
		HttpResponse<String> approve = civilAffairs.act(code, "APPROVE", null);
		assertThat(approve.statusCode()).isEqualTo(403);
		assertThat(approve.body()).contains("\"code\":\"OTHER_DEPARTMENT\"");
		assertThat(civilPublisher
			.put(MANAGE + "/" + code + "/draft", ItemContentCodec.write(StoredItems.freshItem(this.seed, "440100-GA")))
			.statusCode()).isEqualTo(403);
		HttpResponse<String> foreignDraft = civilPublisher.post(MANAGE,
				ItemContentCodec.write(StoredItems.freshItem(this.seed, "440100-GA")));
		assertThat(foreignDraft.statusCode()).isEqualTo(403);
		assertThat(publisher().get(MANAGE + "/" + code).statusCode()).isEqualTo(200);
	}

	@Test
	void residentsAndAnonymousCallersCannotPublish() throws Exception {
		String body = ItemContentCodec.write(StoredItems.freshItem(this.seed, "440100-GA"));
		HttpResponse<String> resident = Staff.withToken(this.port, Staff.JWT.resident("resident-1").bearer())
			.post(MANAGE, body);
		assertThat(resident.statusCode()).isEqualTo(403);
		assertThat(resident.body()).contains("\"code\":\"ACCESS_DENIED\"");
		assertThat(anonymous().post(MANAGE, body).statusCode()).isEqualTo(401);
	}

	@Test
	void badInputIsAProblemNeverAServerError() throws Exception {
		HttpResponse<String> malformed = publisher().post(MANAGE, "{\"code\":");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> badCode = publisher().post(MANAGE, ItemContentCodec
			.write(StoredItems.freshItem(this.seed, "440100-GA").toBuilder().code("NOT-A-CODE").build()));
		assertThat(badCode.statusCode()).isEqualTo(422);
		assertThat(badCode.body()).contains("\"code\":\"ITEM_INVALID\"");
		ServiceItem incomplete = StoredItems.freshItem(this.seed, "440100-GA")
			.toBuilder()
			.timeLimits(null)
			.legalBasis(java.util.List.of())
			.build();
		HttpResponse<String> created = publisher().post(MANAGE, ItemContentCodec.write(incomplete));
		assertThat(created.statusCode()).isEqualTo(201);
		HttpResponse<String> submit = publisher().act(Staff.json(created).path("itemCode").asString(), "SUBMIT", null);
		assertThat(submit.statusCode()).isEqualTo(422);
		assertThat(submit.body()).contains("\"code\":\"ITEM_INVALID\"").contains("\"errors\"");
		HttpResponse<String> unknownAction = publisher().post(MANAGE + "/QR00103001-440100-GA/actions",
				"{\"action\":\"DELETE\"}");
		assertThat(unknownAction.statusCode()).isEqualTo(400);
		HttpResponse<String> system = reviewer().act("QR00103001-440100-GA", "SUPERSEDE", null);
		assertThat(system.statusCode()).isEqualTo(409);
		assertThat(reviewer().act("XK09999999-440100-GA", "APPROVE", null).statusCode()).isEqualTo(404);
	}

}
