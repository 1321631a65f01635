package org.shengshi.certificate.certificates;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.ServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replacement (补领) or renewal of a certificate a holder may hold only one of cancels
 * the earlier one; types a holder may hold several of (real estate) are left alone. Real
 * MariaDB, real issuance transaction.
 */
class SupersedingIT extends ServiceSupport {

	private static final String REAL_ESTATE = "11100000000019043Q001";

	@Autowired
	private Issuance issuance;

	@Autowired
	private JdbcTemplate jdbc;

	private CertificateRow permit(String holder, String permitNumber) {
		return this.issuance.issue(new IssueCommand(RESIDENCE_PERMIT, holder,
				Map.of("name", "孙八", "idNumber", "440106199303031236", "permitNumber", permitNumber), null, null,
				"staff:test", false));
	}

	private String status(String id) {
		return this.jdbc.queryForObject("SELECT status FROM certificate WHERE id = ?", String.class, id);
	}

	@Test
	void aReplacementPermitCancelsTheHoldersEarlierPermitAndRecordsWhy() {
		String holder = newSubject();
		String neighbour = newSubject();
		CertificateRow lost = permit(holder, "GZ2026-1001");
		CertificateRow neighbours = permit(neighbour, "GZ2026-1002");

		CertificateRow replacement = permit(holder, "GZ2026-1003");

		assertThat(status(lost.id())).isEqualTo("04");
		assertThat(status(replacement.id())).isEqualTo("01");
		assertThat(status(neighbours.id())).isEqualTo("01");
		Map<String, Object> history = this.jdbc
			.queryForMap("SELECT from_status, to_status, event, actor, reason FROM certificate_status_history "
					+ "WHERE certificate_id = ? AND event = 'CANCEL'", lost.id());
		assertThat(history).containsEntry("from_status", "01")
			.containsEntry("to_status", "04")
			.containsEntry("actor", StatusChanges.SUPERSEDING_ACTOR);
		assertThat((String) history.get("reason")).contains(replacement.identifier());
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_outbox WHERE type = 'certificate.status-changed' AND subject = ?",
				Integer.class, lost.id()))
			.isEqualTo(1);
	}

	@Test
	void aCertificateSuspendedByItsIssuerIsNotTouchedByALaterIssuance() {
		String holder = newSubject();
		CertificateRow suspended = permit(holder, "GZ2026-2001");
		this.jdbc.update("UPDATE certificate SET status = '02' WHERE id = ?", suspended.id());

		CertificateRow next = permit(holder, "GZ2026-2002");

		assertThat(status(suspended.id())).isEqualTo("02");
		assertThat(status(next.id())).isEqualTo("01");
	}

	@Test
	void aSecondPropertyCertificateLeavesTheFirstValid() {
		String owner = newSubject();
		List<CertificateRow> deeds = List.of("粤(2026)广州市不动产权第0000001号", "粤(2026)广州市不动产权第0000002号")
			.stream()
			.map((number) -> this.issuance.issue(new IssueCommand(REAL_ESTATE, owner,
					Map.of("certificateNumber", number, "ownerName", "孙八"), null, null, "staff:test", false)))
			.toList();

		assertThat(deeds).allSatisfy((deed) -> assertThat(status(deed.id())).isEqualTo("01"));
	}

}
