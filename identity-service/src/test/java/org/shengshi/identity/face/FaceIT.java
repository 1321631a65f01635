package org.shengshi.identity.face;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.FaceSandbox;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.platform.test.FaceVerifiedTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.identity.support.FaceSandbox.fails;
import static org.shengshi.identity.support.FaceSandbox.passes;

class FaceIT extends IdentityServiceIT {

	static final String FACE = "/api/v1/identity/face-verifications";

	static final String COUNTER = "/api/v1/identity/counter-verifications";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private LoaSweep sweep;

	@Test
	void aPassGrantsLoa3ForTheConfiguredMinutesInKeycloak() {
		VerifiedResident resident = verifiedResident("林一");
		passes(resident.idNumber());

		Reply reply = face(resident);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("loa").asInt()).isEqualTo(3);
		Instant until = Instant.parse(reply.json().get("loaExpiresAt").asString());
		assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
				Instant.now().plus(Duration.ofMinutes(15)));
		assertThat(this.identityProvider.user(resident.subject()).attributes).containsEntry("loa", "3")
			.containsEntry("loa_expires_at", String.valueOf(until.getEpochSecond()));
	}

	@Test
	void aPassPublishesResidentFaceVerifiedOnceWithoutPersonalData() {
		VerifiedResident resident = verifiedResident("林一一");
		passes(resident.idNumber());

		Reply reply = face(resident);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(faceVerifiedEvents(resident.subject())).isEqualTo(1);
		String payload = this.jdbc.queryForObject("SELECT payload FROM event_outbox WHERE type = ? AND subject = ?",
				String.class, "resident.face-verified", resident.subject());
		assertThat(payload).contains("\"loa\":3")
			.contains("\"subject\":\"" + resident.subject() + "\"")
			.contains("\"loaExpiresAt\"")
			.contains("\"verifiedAt\"")
			.doesNotContain(resident.idNumber())
			.doesNotContain("林一一");
	}

	@Test
	void aFailedOrUnavailableStepUpPublishesNothing() {
		VerifiedResident resident = verifiedResident("林一二");
		fails(resident.idNumber());
		assertThat(face(resident).status()).isEqualTo(422);
		passes(resident.idNumber());
		this.identityProvider.goDown();
		try {
			assertThat(face(resident).status()).isEqualTo(503);
		}
		finally {
			this.identityProvider.comeBack();
		}

		assertThat(faceVerifiedEvents(resident.subject())).isZero();
	}

	@Test
	void threeFailuresInARowLeaveOnlyTheCounterPath() {
		VerifiedResident resident = verifiedResident("林二");
		fails(resident.idNumber());

		Reply first = face(resident);
		Reply second = face(resident);
		Reply third = face(resident);
		Reply fourth = face(resident);

		assertThat(first.status()).isEqualTo(422);
		assertThat(first.code()).isEqualTo("FACE_MISMATCH");
		assertThat(second.json().get("attemptsLeft").asInt()).isEqualTo(1);
		assertThat(third.code()).isEqualTo("FACE_COUNTER_ASSISTED_REQUIRED");
		assertThat(third.json().get("counterVerificationPath").asString()).isEqualTo(COUNTER);
		assertThat(fourth.code()).isEqualTo("FACE_COUNTER_ASSISTED_REQUIRED");
		assertThat(FaceSandbox.requestsAbout(resident.idNumber())).isEqualTo(3);
		assertThat(this.identityProvider.user(resident.subject()).attributes).containsEntry("loa", "2");
	}

	@Test
	void aPassResetsTheFailuresInARow() {
		VerifiedResident resident = verifiedResident("林三");
		fails(resident.idNumber());
		face(resident);
		face(resident);
		passes(resident.idNumber());
		assertThat(face(resident).status()).isEqualTo(200);
		fails(resident.idNumber());

		Reply again = face(resident);

		assertThat(again.code()).isEqualTo("FACE_MISMATCH");
		assertThat(again.json().get("failuresInARow").asInt()).isEqualTo(1);
	}

	@Test
	void providerTimeoutsAndErrorsAre503RetriableAndChangeNothing() {
		VerifiedResident resident = verifiedResident("林四");
		FaceSandbox.answersTooSlowly(resident.idNumber());
		Reply slow = face(resident);
		FaceSandbox.isDown(resident.idNumber());
		Reply down = face(resident);

		assertThat(slow.status()).isEqualTo(503);
		assertThat(slow.code()).isEqualTo("FACE_PROVIDER_UNAVAILABLE");
		assertThat(slow.json().get("retriable").asBoolean()).isTrue();
		assertThat(down.code()).isEqualTo("FACE_PROVIDER_UNAVAILABLE");
		assertThat(this.identityProvider.user(resident.subject()).attributes).containsEntry("loa", "2")
			.doesNotContainKey("loa_expires_at");
		fails(resident.idNumber());
		assertThat(face(resident).json().get("failuresInARow").asInt()).isEqualTo(1);
	}

	@Test
	void aKeycloakFailureOnAPassIs503AndGrantsNothing() {
		VerifiedResident resident = verifiedResident("林五");
		passes(resident.idNumber());
		this.identityProvider.goDown();
		Reply reply;
		try {
			reply = face(resident);
		}
		finally {
			this.identityProvider.comeBack();
		}

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM face_state WHERE subject = ? AND loa3_active = 1",
				Integer.class, resident.subject()))
			.isZero();
	}

	@Test
	void onlyRealNameVerifiedResidentsMayTry() {
		String subject = "unverified-" + java.util.UUID.randomUUID();

		Reply reply = http().post(FACE, "{\"livenessToken\":\"lv-1\"}", auth(TOKENS.resident(subject).loa(1).bearer()));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.code()).isEqualTo("REALNAME_REQUIRED");
	}

	@Test
	void aMalformedLivenessTokenIs400() {
		VerifiedResident resident = verifiedResident("林六");
		String bearer = TOKENS.resident(resident.subject()).loa(2).bearer();

		assertThat(http().post(FACE, "{\"livenessToken\":\"\"}", auth(bearer)).status()).isEqualTo(400);
		assertThat(http().post(FACE, "{\"livenessToken\":\"a b<script>\"}", auth(bearer)).status()).isEqualTo(400);
		assertThat(http().post(FACE, "{\"livenessToken\":", auth(bearer)).contentType())
			.startsWith("application/problem+json");
		assertThat(FaceSandbox.requestsAbout(resident.idNumber())).isZero();
	}

	@Test
	void aCounterVerificationRecordsWhoWhereWhenGrantsLoa3AndShowsInTheAccessLog() {
		VerifiedResident resident = verifiedResident("林七");
		fails(resident.idNumber());
		face(resident);
		face(resident);
		assertThat(face(resident).code()).isEqualTo("FACE_COUNTER_ASSISTED_REQUIRED");

		Reply recorded = http().post(COUNTER,
				"{\"subject\":\"" + resident.subject()
						+ "\",\"windowLocation\":\"天河区政务服务中心 12号窗口\",\"note\":\"核验身份证原件\"}",
				auth(TOKENS.staff("officer-c1", "440106-GA", "case_officer").bearer()));

		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.json().get("officer").asString()).isEqualTo("officer-c1");
		assertThat(recorded.json().get("department").asString()).isEqualTo("440106-GA");
		assertThat(recorded.json().get("loa").asInt()).isEqualTo(3);
		assertThat(this.identityProvider.user(resident.subject()).attributes).containsEntry("loa", "3")
			.containsKey("loa_expires_at");
		Reply log = http().get("/api/v1/identity/profile/access-log",
				auth(TOKENS.resident(resident.subject()).loa(3).bearer()));
		assertThat(log.json().get(0).get("action").asString()).isEqualTo("COUNTER_VERIFICATION");
		assertThat(log.json().get(0).get("accessor").asString()).isEqualTo("officer-c1");
		assertThat(log.json().get(0).get("department").asString()).isEqualTo("440106-GA");
		assertThat(log.json().get(0).get("purpose").asString()).isEqualTo("天河区政务服务中心 12号窗口");
		assertThat(face(resident).json().get("failuresInARow").asInt()).isEqualTo(1);
	}

	@Test
	void counterVerificationIsForCaseOfficersOnlyAndForVerifiedResidents() {
		VerifiedResident resident = verifiedResident("林八");
		String body = "{\"subject\":\"" + resident.subject() + "\",\"windowLocation\":\"窗口1\"}";

		assertThat(http().post(COUNTER, body).status()).isEqualTo(401);
		assertThat(http().post(COUNTER, body, auth(TOKENS.resident(resident.subject()).loa(2).bearer())).status())
			.isEqualTo(403);
		assertThat(
				http().post(COUNTER, body, auth(TOKENS.staff("p1", "440100-GA", "dept_publisher").bearer())).status())
			.isEqualTo(403);
		assertThat(http().post(COUNTER, body, auth(TOKENS.client("case-service", "system").bearer())).status())
			.isEqualTo(403);
		Reply unknown = http().post(COUNTER, "{\"subject\":\"nobody\",\"windowLocation\":\"窗口1\"}",
				auth(TOKENS.staff("o1", "440100-GA", "case_officer").bearer()));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("RESIDENT_NOT_VERIFIED");
		assertThat(this.identityProvider.user(resident.subject()).attributes).containsEntry("loa", "2");
	}

	@Test
	void theSweepLowersExpiredLoa3ToLoa2InKeycloakOnce() {
		VerifiedResident resident = verifiedResident("林九");
		passes(resident.idNumber());
		face(resident);
		this.jdbc.update("UPDATE face_state SET loa3_until = ? WHERE subject = ?",
				java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), resident.subject());

		this.sweep.lowerExpired();

		assertThat(this.identityProvider.user(resident.subject()).attributes).containsEntry("loa", "2");
		assertThat(this.jdbc.queryForObject("SELECT loa3_active FROM face_state WHERE subject = ?", Integer.class,
				resident.subject()))
			.isZero();
		long lowerings = this.identityProvider.calls()
			.stream()
			.filter((call) -> call.equals("setAttribute " + resident.subject() + " loa=2"))
			.count();
		this.sweep.lowerExpired();
		assertThat(this.identityProvider.calls()
			.stream()
			.filter((call) -> call.equals("setAttribute " + resident.subject() + " loa=2"))
			.count()).isEqualTo(lowerings);
	}

	@Test
	void anExpiredStepUpNoLongerUnmasksTheProfile() {
		VerifiedResident resident = verifiedResident("林十");
		String body = "{\"purpose\":\"核对证件\"}";

		Reply expired = http().post("/api/v1/identity/profile/unmask", body,
				auth(FaceVerifiedTokens.bearer(resident.subject(), Instant.now().minusSeconds(5))));
		Reply valid = http().post("/api/v1/identity/profile/unmask", body,
				auth(FaceVerifiedTokens.bearer(resident.subject())));

		assertThat(expired.status()).isEqualTo(403);
		assertThat(expired.code()).isEqualTo("ASSURANCE_LEVEL_TOO_LOW");
		assertThat(valid.status()).isEqualTo(200);
	}

	private int faceVerifiedEvents(String subject) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE type = ? AND subject = ?",
				Integer.class, "resident.face-verified", subject);
	}

	private Reply face(VerifiedResident resident) {
		return http().post(FACE, "{\"livenessToken\":\"lv-" + resident.subject().substring(0, 8) + "\"}",
				auth(TOKENS.resident(resident.subject()).loa(2).bearer()));
	}

}
