package org.shengshi.identity.profile;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.shared.Ids;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogMapperIT extends IdentityServiceIT {

	@Autowired
	private AccessLogMapper mapper;

	@Test
	void insertedRecordsComeBackNewestFirstPerResidentAndLimited() {
		String resident = Ids.newId();
		AccessRecord older = new AccessRecord(Ids.newId(), resident, "officer-1", null, "case_officer", "440100-GA",
				"PROFILE_UNMASK", "受理核验", LocalDateTime.of(2026, 1, 1, 8, 0, 0, 123_000_000));
		AccessRecord newer = new AccessRecord(Ids.newId(), resident, "service-account-x", "x", "system", null,
				"IDENTITY_READ", "issue", LocalDateTime.of(2026, 1, 2, 8, 0));
		this.mapper.insert(older);
		this.mapper.insert(newer);
		this.mapper.insert(new AccessRecord(Ids.newId(), Ids.newId(), "a", null, "", null, "IDENTITY_READ", "p",
				LocalDateTime.of(2026, 1, 3, 8, 0)));

		assertThat(this.mapper.findByResident(resident, 10)).containsExactly(newer, older);
		assertThat(this.mapper.findByResident(resident, 1)).containsExactly(newer);
	}

}
