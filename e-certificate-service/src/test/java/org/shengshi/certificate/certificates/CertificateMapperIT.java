package org.shengshi.certificate.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.platform.pii.PiiCipher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateMapperIT extends ServiceSupport {

	@Autowired
	private CertificateMapper mapper;

	@Autowired
	private PiiCipher cipher;

	private CertificateRow row(String holder, String department, String sourceEvent) {
		String id = UUID.randomUUID().toString();
		return new CertificateRow(id, "1.2.156.3005.2.test." + id, RESIDENT_E_ID, holder, "a".repeat(64),
				this.cipher.seal("{\"name\":\"张三\"}", FieldsCodec.COLUMN), "01", department, "1144010000002001XN",
				"kid-1", "SM2_SM3", "c2ln", Instant.now().truncatedTo(ChronoUnit.MILLIS), LocalDate.of(2026, 1, 1),
				LocalDate.of(2046, 1, 1), sourceEvent);
	}

	@Test
	void insertedRowIsReadBackWholeWithFieldsStillEncrypted() {
		CertificateRow row = row(newSubject(), "dept-a", null);
		this.mapper.insert(row);

		CertificateRow found = this.mapper.findById(row.id());
		assertThat(found).isEqualTo(row);
		assertThat(found.fields().value()).doesNotContain("张三");
		assertThat(this.mapper.findById("no-such-id")).isNull();
	}

	@Test
	void findsBySourceEvent() {
		String event = UUID.randomUUID().toString();
		CertificateRow row = row(newSubject(), "dept-a", event);
		this.mapper.insert(row);

		assertThat(this.mapper.findBySourceEvent(event).id()).isEqualTo(row.id());
		assertThat(this.mapper.findBySourceEvent("other")).isNull();
	}

	@Test
	void findsOnlyTheHoldersCertificates() {
		String holder = newSubject();
		CertificateRow mine = row(holder, "dept-a", null);
		this.mapper.insert(mine);
		this.mapper.insert(row(newSubject(), "dept-a", null));

		assertThat(this.mapper.findByHolder(holder)).extracting(CertificateRow::id).containsExactly(mine.id());
	}

	@Test
	void findsOnlyTheDepartmentsCertificatesUpToTheLimit() {
		String department = "d-" + UUID.randomUUID().toString().substring(0, 8);
		this.mapper.insert(row(newSubject(), department, null));
		this.mapper.insert(row(newSubject(), department, null));
		this.mapper.insert(row(newSubject(), "dept-other", null));

		assertThat(this.mapper.findByIssuerDepartment(department, 10)).hasSize(2)
			.allMatch((row) -> row.issuerDepartment().equals(department));
		assertThat(this.mapper.findByIssuerDepartment(department, 1)).hasSize(1);
	}

	@Test
	void statusChangesOnlyFromTheExpectedStatusAndIsRecorded() {
		CertificateRow row = row(newSubject(), "dept-a", null);
		this.mapper.insert(row);

		assertThat(this.mapper.updateStatus(row.id(), "02", "03")).isZero();
		assertThat(this.mapper.updateStatus(row.id(), "01", "02")).isOne();
		assertThat(this.mapper.findById(row.id()).status()).isEqualTo("02");

		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.mapper.insertStatusChange(UUID.randomUUID().toString(), row.id(), "01", "02", "SUSPEND", "officer", "lost",
				at);
		assertThat(this.mapper.findStatusHistory(row.id()))
			.containsExactly(new StatusHistoryEntry("01", "02", "SUSPEND", "officer", "lost", at));
	}

}
