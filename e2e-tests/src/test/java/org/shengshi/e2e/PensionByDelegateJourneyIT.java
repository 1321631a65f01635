package org.shengshi.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.e2e.Residents.expect;
import static org.shengshi.e2e.Residents.json;

/**
 * Journey 3 of DESIGN.md §7, through the gateway with real Keycloak tokens: an elderly
 * pensioner authorises her son for the pension qualification (养老金领取资格认证, an instant
 * item); the son files it for her; it waits until she completes the face step-up on her
 * own phone, then completes at once (即办). Someone she did not authorise cannot file for
 * her, and she sees every use of her delegation.
 */
@ExtendWith(LocalStackExtension.class)
class PensionByDelegateJourneyIT {

	private static final String ITEM = "GG00514000-440000-RS";

	@Test
	void aDelegateFilesAndTheElderCompletesByFaceVerification(Platform platform) {
		Residents residents = new Residents(platform);
		Residents.Resident elder = residents.verifyRealName(residents.signUp(), "李秀英");
		Residents.Resident son = residents.verifyRealName(residents.signUp(), "王建国");
		Residents.Resident stranger = residents.verifyRealName(residents.signUp(), "赵小明");
		String elderToken = residents.token(elder);
		String sonToken = residents.token(son);
		String elderSubject = Jwt.claims(elderToken).path("sub").asString();
		assertThat(Jwt.claims(elderToken).path("loa").asInt()).isEqualTo(2);

		JsonNode delegation = expect(platform.gatewaySend("POST", "/api/v1/identity/delegations", elderToken,
				json(Map.of("delegateName", son.name(), "delegateIdNumber", son.idNumber(), "items", List.of(ITEM),
						"validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString())),
				"Idempotency-Key", UUID.randomUUID().toString()), 201)
			.json();
		String delegationId = delegation.path("id").asString();

		JsonNode item = CatalogItems.currentVersion(platform, ITEM);
		assertThat(item.path("instant").asBoolean()).as("an instant item (即办件)").isTrue();
		Map<String, Object> filing = Map.of("itemCode", ITEM, "itemVersion", item.path("version").asInt(), "formValues",
				Map.of(), "onBehalfOf", elderSubject);
		HttpResult byStranger = platform.gatewaySend("POST", "/api/v1/cases?submit=true", residents.token(stranger),
				json(filing), "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(byStranger.status()).isEqualTo(403);
		assertThat(byStranger.text("code")).isEqualTo("DELEGATION_NOT_ACTIVE");

		JsonNode filed = expect(platform.gatewaySend("POST", "/api/v1/cases?submit=true", sonToken, json(filing),
				"Idempotency-Key", UUID.randomUUID().toString()), 201)
			.json();
		String caseId = filed.path("id").asString();
		assertThat(filed.path("status").asString()).as("waits for the pensioner's own face").isEqualTo("SUBMITTED");
		assertThat(filed.path("channel").asString()).isEqualTo("DELEGATED");
		assertThat(names(filed.path("prefilledFields"))).as("the elder's name and ID number, not the son's")
			.contains("applicantName", "applicantIdNumber");

		Cases cases = new Cases(platform);
		assertThat(cases.view(elderToken, caseId).path("status").asString()).as("the elder sees it too")
			.isEqualTo("SUBMITTED");

		JsonNode face = expect(platform.gatewaySend("POST", "/api/v1/identity/face-verifications", elderToken,
				json(Map.of("livenessToken", "liveness-" + UUID.randomUUID())), "Idempotency-Key",
				UUID.randomUUID().toString()), 200)
			.json();
		assertThat(face.path("loa").asInt()).isEqualTo(3);
		assertThat(Jwt.claims(residents.token(elder)).path("loa").asInt()).as("new tokens carry loa 3").isEqualTo(3);

		JsonNode completed = Eventually.await("the qualification completed by the face step-up", Duration.ofSeconds(60),
				() -> cases.view(sonToken, caseId), (c) -> "COMPLETED".equals(c.path("status").asString()));
		assertThat(completed.path("applicantSubject").asString()).isEqualTo(elderSubject);
		List<String> steps = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		cases.timeline(elderToken, caseId).forEach((entry) -> {
			steps.add(entry.path("toStatus").asString());
			roles.add(entry.path("actorRole").asString());
		});
		assertThat(steps).containsSubsequence("SUBMITTED", "COMPLETED");
		assertThat(roles).contains("DELEGATE");

		JsonNode uses = expect(
				platform.gatewayGet("/api/v1/identity/delegations/" + delegationId + "/uses", elderToken), 200)
			.json();
		assertThat(uses.toString()).as("the elder sees the son's use of the delegation").contains(ITEM);
	}

	private static List<String> names(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach((node) -> names.add(node.asString()));
		return names;
	}

}
