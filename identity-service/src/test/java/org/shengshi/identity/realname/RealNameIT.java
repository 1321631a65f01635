package org.shengshi.identity.realname;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdNumbers;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.identity.support.PopulationRegistrySandbox.answersTooSlowly;
import static org.shengshi.identity.support.PopulationRegistrySandbox.dropsTheConnection;
import static org.shengshi.identity.support.PopulationRegistrySandbox.isDown;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsDeceased;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsMatch;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsNameMismatch;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsNotFound;
import static org.shengshi.identity.support.PopulationRegistrySandbox.requestsAbout;

class RealNameIT extends IdentityServiceIT {

	static final String PATH = "/api/v1/identity/realname";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void matchBindsTheEncryptedIdentityRaisesLoaAndPublishesTheEvent() {
		String subject = resident();
		String id = IdNumbers.fresh();
		reportsMatch(id);

		Reply reply = verify(subject, "张三丰", id);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("maskedName").asString()).isEqualTo("张**");
		assertThat(reply.json().get("maskedIdNumber").asString())
			.isEqualTo(id.substring(0, 3) + "***********" + id.substring(14));
		assertThat(reply.json().get("loa").asInt()).isEqualTo(2);
		assertThat(this.identityProvider.user(subject).attributes).containsEntry("loa", "2");
		String stored = this.jdbc.queryForObject(
				"SELECT CONCAT(name_enc, '|', id_number_enc) FROM resident_identity WHERE subject = ?", String.class,
				subject);
		assertThat(stored).doesNotContain(id).doesNotContain("张三丰").startsWith("v1.");
		String payload = this.jdbc.queryForObject("SELECT payload FROM event_outbox WHERE type = ? AND subject = ?",
				String.class, RealNameVerified.TYPE, subject);
		assertThat(payload).contains(reply.json().get("identityId").asString())
			.doesNotContain(id)
			.doesNotContain("张三丰");
	}

	@Test
	void meShowsTheMaskedProfileAfterVerification() {
		String subject = resident();
		String id = IdNumbers.fresh();
		reportsMatch(id);
		verify(subject, "李四", id);

		Reply me = http().get("/api/v1/identity/me", auth(TOKENS.resident(subject).bearer()));

		assertThat(me.json().get("profile").get("name").asString()).isEqualTo("李*");
		assertThat(me.json().get("profile").get("idNumber").asString()).endsWith(id.substring(14)).doesNotContain(id);
	}

	@Test
	void localChecksAnswerTheirOwnCodesWithoutAskingTheRegistry() {
		String subject = resident();
		String wrongCheck = IdNumbers.withWrongCheckDigit();

		assertThat(verify(subject, "王五", "44010619900101").code()).isEqualTo("ID_NUMBER_MALFORMED");
		assertThat(verify(subject, "王五", wrongCheck).code()).isEqualTo("ID_NUMBER_CHECK_DIGIT");
		assertThat(verify(subject, "王五", "440106199002301234").code()).isEqualTo("ID_NUMBER_BIRTH_DATE_INVALID");
		assertThat(verify(subject, "王五", "990106199001011234").code()).isEqualTo("ID_NUMBER_REGION_UNKNOWN");
		assertThat(verify(subject, "王五", wrongCheck).status()).isEqualTo(400);
		assertThat(requestsAbout(wrongCheck)).isZero();
	}

	@Test
	void registryRefusalsHaveStableCodesAndBindNothing() {
		String subject = resident();
		String mismatch = IdNumbers.fresh();
		String unknown = IdNumbers.fresh();
		String deceased = IdNumbers.fresh();
		reportsNameMismatch(mismatch);
		reportsNotFound(unknown);
		reportsDeceased(deceased);

		assertThat(verify(subject, "赵六", mismatch).code()).isEqualTo("REALNAME_MISMATCH");
		assertThat(verify(subject, "赵六", unknown).code()).isEqualTo("ID_NUMBER_NOT_REGISTERED");
		Reply dead = verify(subject, "赵六", deceased);
		assertThat(dead.status()).isEqualTo(422);
		assertThat(dead.code()).isEqualTo("REALNAME_NOT_ACTIVE");
		assertThat(rowsOf(subject)).isZero();
		assertThat(this.identityProvider.user(subject).attributes).doesNotContainKey("loa");
	}

	@Test
	void slowRegistryIsARetriable503AndLeavesNoState() {
		String subject = resident();
		String id = IdNumbers.fresh();
		answersTooSlowly(id);

		Reply reply = verify(subject, "钱七", id);

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.code()).isEqualTo("REGISTRY_UNAVAILABLE");
		assertThat(reply.json().get("retriable").asBoolean()).isTrue();
		assertThat(rowsOf(subject)).isZero();
	}

	@Test
	void registryDownOrDroppingTheConnectionIsARetriable503() {
		String subject = resident();
		String down = IdNumbers.fresh();
		String dropped = IdNumbers.fresh();
		isDown(down);
		dropsTheConnection(dropped);

		assertThat(verify(subject, "孙八", down).code()).isEqualTo("REGISTRY_UNAVAILABLE");
		assertThat(verify(subject, "孙八", dropped).code()).isEqualTo("REGISTRY_UNAVAILABLE");
		assertThat(rowsOf(subject)).isZero();
	}

	@Test
	void identityProviderFailureRollsBackIdentityAndEvent() {
		String subject = resident();
		String id = IdNumbers.fresh();
		reportsMatch(id);
		this.identityProvider.goDown();
		Reply reply;
		try {
			reply = verify(subject, "周九", id);
		}
		finally {
			this.identityProvider.comeBack();
		}

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
		assertThat(rowsOf(subject)).isZero();
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ?", Integer.class, subject))
			.isZero();
		assertThat(verify(subject, "周九", id).status()).isEqualTo(200);
	}

	@Test
	void secondVerificationOfTheSameAccountAndASecondAccountForTheSameNumberAreConflicts() {
		String first = resident();
		String second = resident();
		String id = IdNumbers.fresh();
		reportsMatch(id);
		assertThat(verify(first, "吴十", id).status()).isEqualTo(200);

		assertThat(verify(first, "吴十", IdNumbers.fresh()).code()).isEqualTo("ALREADY_VERIFIED");
		Reply taken = verify(second, "吴十", id);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.code()).isEqualTo("ID_NUMBER_ALREADY_BOUND");
	}

	@Test
	void onlyResidentsMayVerifyAndBodiesAreChecked() {
		String body = "{\"name\":\"郑一\",\"idNumber\":\"" + IdNumbers.fresh() + "\"}";
		assertThat(http().post(PATH, body).status()).isEqualTo(401);
		assertThat(http().post(PATH, body, auth(TOKENS.staff("s", "440100-GA", "case_officer").bearer())).status())
			.isEqualTo(403);
		String token = TOKENS.resident(resident()).bearer();
		assertThat(http().post(PATH, "{\"name\":", auth(token)).code()).isEqualTo("MALFORMED_JSON");
		assertThat(http().post(PATH, "{\"name\":\"\",\"idNumber\":\"x\"}", auth(token)).code())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(http().post(PATH, "{\"name\":\"" + "长".repeat(2_000_000) + "\"}", auth(token)).status())
			.isEqualTo(413);
	}

	String resident() {
		String subject = UUID.randomUUID().toString();
		this.identityProvider.register(subject, "u-" + subject);
		return subject;
	}

	Reply verify(String subject, String name, String idNumber) {
		return http().post(PATH, "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\"}",
				auth(TOKENS.resident(subject).loa(1).bearer()));
	}

	private int rowsOf(String subject) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM resident_identity WHERE subject = ?", Integer.class,
				subject);
	}

}
