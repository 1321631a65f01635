package org.shengshi.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.shengshi.localstack.DemoAccount;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.e2e.Residents.expect;
import static org.shengshi.e2e.Residents.json;

/**
 * Journey 2 of DESIGN.md §7, through the gateway with real Keycloak tokens. A first
 * residence permit is free by law (《居住证暂行条例》第十七条), so the journey has two applications:
 * 居住证申领 — found by a colloquial Chinese search, most of the form prefilled, accepted,
 * approved, completed, the permit issued as an e-certificate and shown on the case, the
 * timeline complete, then rated 1 star, which opens a rectification ticket for the
 * department — and 居住证补领 (20 yuan), whose permit number is prefilled from the permit just
 * issued, paid through the sandbox channel whose callback arrives twice (one payment, one
 * completion), and completed with a new permit. Played by
 * {@link ResidencePermitJourneyIT} and, narrated, by {@link JourneyDemo} against a
 * running stack.
 */
final class ResidencePermitJourney {

	private static final Duration EVENTS = Duration.ofSeconds(60);

	private final Platform platform;

	private final Consumer<String> narrator;

	/**
	 * @param platform the stack's client
	 * @param narrator told each step in plain words as it succeeds
	 */
	ResidencePermitJourney(Platform platform, Consumer<String> narrator) {
		this.platform = platform;
		this.narrator = narrator;
	}

	/**
	 * Plays the journey; every step is asserted, so a broken step ends it with an
	 * {@link AssertionError} that says what was expected.
	 */
	void run() {
		Platform platform = this.platform;
		Residents residents = new Residents(platform);
		Residents.Resident resident = residents.verifyRealName(residents.signUp(), "陈嘉怡");
		String token = residents.token(resident);
		say("1. 陈嘉怡 signed up with an SMS code (%s) and passed real-name verification (loa 2)",
				Residents.maskPhone(resident.phone()));
		String officer = platform.accessToken(DemoAccount.OFFICER1);
		Cases cases = new Cases(platform);

		JsonNode hits = expect(platform.gatewayGet("/api/v1/catalog/search?q=" + encode("办居住证"), null), 200).json();
		List<String> top3 = new ArrayList<>();
		hits.path("results").forEach((hit) -> top3.add(hit.path("name").asString()));
		assertThat(top3.subList(0, Math.min(3, top3.size()))).contains("居住证申领");
		String code = firstCode(hits, "居住证申领");
		JsonNode permitItem = CatalogItems.currentVersion(platform, code);
		say("2. searched 「办居住证」: top results %s; opened %s v%d", top3.subList(0, Math.min(3, top3.size())), code,
				permitItem.path("version").asInt());

		JsonNode filed = cases.fileAndSubmit(token, permitItem,
				Map.of("householdAddress", "湖南省长沙市岳麓区麓山南路1号", "residenceAddress", "广州市天河区体育西路1号", "residenceStartDate",
						"2025-03-01", "residenceReason", "就业", "deliveryMethod", "窗口领取"));
		String caseId = filed.path("id").asString();
		assertThat(names(filed.path("prefilledFields"))).contains("applicantName", "applicantIdNumber",
				"applicantPhone", "applicantGender");
		assertThat(filed.path("status").asString()).isEqualTo("SUBMITTED");
		say("3. filed and submitted case %s (a double tap filed one case); prefilled: %s",
				filed.path("caseNumber").asString(), names(filed.path("prefilledFields")));
		JsonNode wallet = Eventually.await("her resident e-ID in the wallet", EVENTS,
				() -> expect(platform.gatewayGet("/api/v1/certificates/wallet", token), 200).json(),
				(w) -> !w.isEmpty());
		String eidId = wallet.get(0).path("id").asString();
		expect(platform.gatewaySend("POST", "/api/v1/cases/" + caseId + "/materials/ID_CARD/certificate", token,
				json(Map.of("certificateId", eidId)), "Idempotency-Key", java.util.UUID.randomUUID().toString()), 201);
		cases.upload(token, caseId, "PHOTO", "photo.png", "image/png", Materials.photo());
		cases.upload(token, caseId, "HOUSING_PROOF", "lease.pdf", "application/pdf", Materials.pdf("lease 2025"));
		JsonNode eidMaterial = null;
		for (JsonNode material : expect(platform.gatewayGet("/api/v1/cases/" + caseId + "/materials", officer), 200)
			.json()) {
			if (material.path("certificate").path("id").asString().equals(eidId)) {
				eidMaterial = material;
			}
		}
		assertThat(eidMaterial).as("the e-ID given as the ID card material").isNotNull();
		JsonNode read = expect(
				platform.gatewayGet(eidMaterial.path("certificate").path("caseReadPath").asString(), officer), 200)
			.json();
		assertThat(read.toString()).as("the officer reads the authorised e-ID").contains("陈嘉怡");
		say("4. gave her resident e-ID as the ID card material (the department may read it for this case) and uploaded "
				+ "the photo and the lease (type checked on content, SHA-256 stored)");

		cases.act(officer, caseId, "ACCEPT", "材料齐全，予以受理");
		assertThat(cases.view(token, caseId).path("dueDate").isNull()).as("a due date once accepted").isFalse();
		say("5. officer1 (440100-GA) accepted it (受理); due %s in working days",
				cases.view(token, caseId).path("dueDate").asString());
		cases.act(officer, caseId, "START_REVIEW", null);
		cases.act(officer, caseId, "APPROVE", "符合条件");
		cases.act(officer, caseId, "COMPLETE", "准予办理");
		say("6. reviewed, approved and completed (办结)");

		JsonNode completed = Eventually.await("the residence permit on the case", EVENTS,
				() -> cases.view(token, caseId), (c) -> c.path("certificate").path("id").isString());
		assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
		String permitId = completed.path("certificate").path("id").asString();
		JsonNode permit = expect(platform.gatewayGet("/api/v1/certificates/wallet/" + permitId, token), 200).json();
		assertThat(permit.toString()).contains("陈嘉怡").contains(resident.idNumber());
		say("7. the residence permit %s was issued to her wallet and shows on the case",
				completed.path("certificate").path("identifier").asString());

		List<String> steps = new ArrayList<>();
		cases.timeline(token, caseId).forEach((entry) -> steps.add(entry.path("toStatus").asString()));
		assertThat(steps).containsSubsequence("SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "APPROVED", "COMPLETED");
		say("8. her timeline: %s", steps);

		expect(platform
			.gatewaySend("POST", "/api/v1/cases/" + caseId + "/evaluation", token,
					json(Map.of("ratings",
							Map.of("OVERALL", 1, "EFFICIENCY", 1, "GUIDE_ACCURACY", 2, "CONVENIENCE", 1, "EASE_OF_USE",
									2),
							"comment", "窗口让我跑了两次")),
					"Idempotency-Key", java.util.UUID.randomUUID().toString()),
				201);
		JsonNode tickets = expect(platform.gatewayGet("/api/v1/cases/rectifications?status=OPEN", officer), 200).json();
		assertThat(tickets.toString()).as("a rectification ticket for the department").contains(caseId);
		say("9. she rated it 1 star (差评): a rectification ticket is open for the department");

		paidReplacement(platform, cases, token, officer, permitId);
	}

	private void paidReplacement(Platform platform, Cases cases, String token, String officer, String lostPermitId) {
		JsonNode replacementItem = CatalogItems.currentVersion(platform,
				firstCode(expect(platform.gatewayGet("/api/v1/catalog/search?q=" + encode("居住证补领"), null), 200).json(),
						"居住证换领、补领"));
		long fee = replacementItem.path("feeFen").asLong();
		assertThat(fee).isEqualTo(2000);
		say("10. she lost the permit: 居住证换领、补领 costs %d.%02d yuan", fee / 100, fee % 100);
		JsonNode filed = cases.fileAndSubmit(token, replacementItem,
				Map.of("lostStatement", "2026年11月在地铁遗失", "deliveryMethod", "窗口领取"));
		String caseId = filed.path("id").asString();
		assertThat(names(filed.path("prefilledFields"))).as("the permit number comes from the permit just issued")
			.contains("residencePermitNumber", "applicantName", "applicantIdNumber");
		say("11. filed the replacement; the permit number came from her wallet: %s",
				names(filed.path("prefilledFields")));
		cases.upload(token, caseId, "PHOTO", "photo.png", "image/png", Materials.photo());
		cases.act(officer, caseId, "ACCEPT", null);
		cases.act(officer, caseId, "START_REVIEW", null);
		assertThat(cases.act(officer, caseId, "APPROVE", null).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
		say("12. accepted and approved: awaiting payment");

		JsonNode order = expect(
				platform.gatewayPost("/api/v1/cases/" + caseId + "/payment", token, json(Map.of("channel", "SANDBOX"))),
				200, 201)
			.json();
		assertThat(order.path("amountFen").asLong()).isEqualTo(fee);
		SandboxPayer channel = new SandboxPayer(platform);
		String notification = channel.paidNotification(order.path("prepayValue").asString(), fee);
		HttpResult first = channel.callBack(notification);
		HttpResult second = channel.callBack(notification);
		assertThat(first.status()).isBetween(200, 204);
		assertThat(second.status()).as("the duplicate is acknowledged, not applied again").isBetween(200, 204);
		say("13. paid %d fen through the sandbox channel; its callback arrived twice (answers %d and %d)", fee,
				first.status(), second.status());

		JsonNode paid = Eventually.await("the paid replacement completed with a new permit", EVENTS,
				() -> cases.view(token, caseId), (c) -> c.path("certificate").path("id").isString());
		assertThat(paid.path("status").asString()).isEqualTo("COMPLETED");
		List<String> steps = new ArrayList<>();
		cases.timeline(token, caseId).forEach((entry) -> steps.add(entry.path("toStatus").asString()));
		assertThat(steps).containsSubsequence("APPROVED", "AWAITING_PAYMENT", "PAID", "COMPLETED");
		assertThat(steps.stream().filter("PAID"::equals)).as("one payment applied").hasSize(1);
		say("14. paid once, completed, and a new permit %s issued: %s",
				paid.path("certificate").path("identifier").asString(), steps);
		JsonNode lost = expect(platform.gatewayGet("/api/v1/certificates/wallet/" + lostPermitId, token), 200).json();
		assertThat(lost.path("status").asString()).as("the lost permit no longer verifies").isEqualTo("04");
		say("15. the lost permit is now %s (注销): whoever finds it cannot show it", lost.path("statusLabel").asString());
	}

	private void say(String format, Object... args) {
		this.narrator.accept(String.format(java.util.Locale.ROOT, format, args));
	}

	private static String firstCode(JsonNode hits, String name) {
		for (JsonNode hit : hits.path("results")) {
			if (hit.path("name").asString().equals(name)) {
				return hit.path("itemCode").asString();
			}
		}
		throw new AssertionError(name + " not found in " + hits);
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach((node) -> names.add(node.asString()));
		return names;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
