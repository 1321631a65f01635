package org.shengshi.identity.delegation;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.shared.Ids;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationMapperIT extends IdentityServiceIT {

	private static final LocalDateTime FROM = LocalDateTime.of(2026, 1, 1, 0, 0);

	private static final LocalDateTime UNTIL = LocalDateTime.of(2026, 2, 1, 0, 0);

	@Autowired
	private DelegationMapper mapper;

	@Test
	void insertedDelegationWithItemsIsFoundByIdAndByEachParty() {
		DelegationRow row = row(false);
		this.mapper.insert(row);
		this.mapper.insertItem(row.id(), "B-2");
		this.mapper.insertItem(row.id(), "A-1");

		DelegationRow found = this.mapper.findById(row.id());
		assertThat(found.items()).isEqualTo("A-1,B-2");
		assertThat(found.validUntil()).isEqualTo(UNTIL);
		assertThat(this.mapper.findByDelegator(row.delegatorSubject())).extracting(DelegationRow::id)
			.containsExactly(row.id());
		assertThat(this.mapper.findByDelegate(row.delegateSubject())).extracting(DelegationRow::id)
			.containsExactly(row.id());
		assertThat(this.mapper.findById(Ids.newId())).isNull();
	}

	@Test
	void coveringHonoursItemsWindowAndStatus() {
		DelegationRow chosen = row(false);
		this.mapper.insert(chosen);
		this.mapper.insertItem(chosen.id(), "A-1");
		LocalDateTime inside = FROM.plusDays(3);

		assertThat(this.mapper.findCovering(chosen.delegatorSubject(), chosen.delegateSubject(), "A-1", inside))
			.isEqualTo(chosen.id());
		assertThat(this.mapper.findCovering(chosen.delegatorSubject(), chosen.delegateSubject(), "Z-9", inside))
			.isNull();
		assertThat(this.mapper.findCovering(chosen.delegatorSubject(), chosen.delegateSubject(), "A-1", UNTIL))
			.isNull();
		assertThat(this.mapper.revoke(chosen.id(), "someone-else", inside)).isZero();
		assertThat(this.mapper.revoke(chosen.id(), chosen.delegatorSubject(), inside)).isEqualTo(1);
		assertThat(this.mapper.revoke(chosen.id(), chosen.delegatorSubject(), inside)).isZero();
		assertThat(this.mapper.findCovering(chosen.delegatorSubject(), chosen.delegateSubject(), "A-1", inside))
			.isNull();

		DelegationRow all = row(true);
		this.mapper.insert(all);
		assertThat(this.mapper.findCovering(all.delegatorSubject(), all.delegateSubject(), "ANY", inside))
			.isEqualTo(all.id());
	}

	@Test
	void usesAreListedNewestFirst() {
		DelegationRow row = row(true);
		this.mapper.insert(row);
		this.mapper.insertUse(Ids.newId(), row.id(), "A-1", "case-service", FROM.plusHours(1));
		this.mapper.insertUse(Ids.newId(), row.id(), "B-2", null, FROM.plusHours(2));

		assertThat(this.mapper.findUses(row.id())).containsExactly(new DelegationUse("B-2", null, FROM.plusHours(2)),
				new DelegationUse("A-1", "case-service", FROM.plusHours(1)));
	}

	private static DelegationRow row(boolean allItems) {
		return new DelegationRow(Ids.newId(), "tor-" + Ids.newId(), "tee-" + Ids.newId(), allItems, "ACTIVE", FROM,
				UNTIL, FROM, null, null);
	}

}
