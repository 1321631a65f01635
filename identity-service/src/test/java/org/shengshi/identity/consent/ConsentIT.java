package org.shengshi.identity.consent;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.shared.Ids;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentIT extends IdentityServiceIT {

	private static final String PATH = "/api/v1/identity/consents";

	@Autowired
	private ConsentMapper mapper;

	@Test
	void acceptWithdrawAndListTheHistory() {
		String token = TOKENS.resident("consent-" + Ids.newId()).bearer();

		assertThat(http().post(PATH, "{\"policyVersion\":\"2026.1\"}", auth(token)).status()).isEqualTo(201);
		Reply withdrawn = http().post(PATH + "/withdrawals", "{\"policyVersion\":\"2026.1\"}", auth(token));
		assertThat(withdrawn.json().get("action").asString()).isEqualTo("WITHDRAWN");
		assertThat(http().post(PATH + "/withdrawals", "{\"policyVersion\":\"2026.1\"}", auth(token)).code())
			.isEqualTo("CONSENT_NOT_GIVEN");

		Reply history = http().get(PATH, auth(token));
		assertThat(history.json().findValuesAsString("action")).containsExactly("WITHDRAWN", "ACCEPTED");
	}

	@Test
	void historyIsPrivateAndBadVersionsAreRefused() {
		String owner = TOKENS.resident("consent-" + Ids.newId()).bearer();
		http().post(PATH, "{\"policyVersion\":\"2026.2\"}", auth(owner));

		assertThat(http().get(PATH, auth(TOKENS.resident("other-" + Ids.newId()).bearer())).json().size()).isZero();
		assertThat(http().post(PATH, "{\"policyVersion\":\"v 1; drop\"}", auth(owner)).code())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(http().get(PATH, auth(TOKENS.staff("s", "440100-GA", "dept_admin").bearer())).status())
			.isEqualTo(403);
		assertThat(http().get(PATH).status()).isEqualTo(401);
	}

	@Test
	void mapperKeepsEveryRowAndAnswersTheLatestAction() {
		String subject = Ids.newId();
		ConsentRecord accepted = new ConsentRecord(Ids.newId(), subject, "1.0", "ACCEPTED", "shengshi-app",
				LocalDateTime.of(2026, 1, 1, 8, 0));
		ConsentRecord withdrawn = new ConsentRecord(Ids.newId(), subject, "1.0", "WITHDRAWN", null,
				LocalDateTime.of(2026, 1, 2, 8, 0));
		this.mapper.insert(accepted);
		this.mapper.insert(withdrawn);

		assertThat(this.mapper.findBySubject(subject)).containsExactly(withdrawn, accepted);
		assertThat(this.mapper.latestAction(subject, "1.0")).isEqualTo("WITHDRAWN");
		assertThat(this.mapper.latestAction(subject, "2.0")).isNull();
	}

}
