package org.shengshi.certificate.presentations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.ServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class UseLogMapperIT extends ServiceSupport {

	@Autowired
	private UseLogMapper mapper;

	@Test
	void usesOfOneCertificateComeBackNewestFirst() {
		String certificate = UUID.randomUUID().toString();
		Instant earlier = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
		UseRecord first = new UseRecord(UUID.randomUUID().toString(), certificate, "VERIFIER", "hotel-verifier",
				"HOTEL_CHECK_IN", "idNumber,name", "DISCLOSED", null, earlier);
		UseRecord second = new UseRecord(UUID.randomUUID().toString(), certificate, "DEPARTMENT", "440100-MZ",
				"CASE_MATERIAL", "name", "DISCLOSED", "case-c", earlier.plusSeconds(30));
		this.mapper.insert(first);
		this.mapper.insert(second);
		this.mapper.insert(new UseRecord(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "VERIFIER", "x",
				null, "", "DISCLOSED", null, earlier));

		assertThat(this.mapper.findByCertificate(certificate)).containsExactly(second, first);
		assertThat(this.mapper.findByCertificate("none")).isEmpty();
	}

}
