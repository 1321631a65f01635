package org.shengshi.certificate.keys;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.certificate.signature.IssuerKey;
import org.shengshi.certificate.signature.IssuerKeyGenerator;
import org.shengshi.certificate.signature.SignatureAlgorithm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IssuerKeyMapperIT extends ServiceSupport {

	@Autowired
	private IssuerKeyMapper mapper;

	@Autowired
	private IssuerKeyGenerator generator;

	private IssuerKeyRow active(String department) {
		IssuerKey key = this.generator.generate(department, SignatureAlgorithm.SM2_SM3);
		return new IssuerKeyRow(key.kid(), department, key.algorithm().name(), key.publicKeyBase64(),
				key.encryptedPrivateKey().encoded(), key.createdAt(), null, department);
	}

	private static String department() {
		return "k-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void insertedKeyIsFoundByKidDepartmentAndInTheFullList() {
		String department = department();
		IssuerKeyRow row = active(department);
		this.mapper.insert(row);

		assertThat(this.mapper.findByKid(row.kid())).isEqualTo(row);
		assertThat(this.mapper.findByDepartment(department)).containsExactly(row);
		assertThat(this.mapper.findByDepartmentForUpdate(department)).containsExactly(row);
		assertThat(this.mapper.findAll()).contains(row);
		assertThat(this.mapper.findByKid("unknown")).isNull();
	}

	@Test
	void aDepartmentHasAtMostOneActiveKey() {
		String department = department();
		this.mapper.insert(active(department));

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.mapper.insert(active(department)));
	}

	@Test
	void retiringFreesTheActiveSlotOnce() {
		String department = department();
		IssuerKeyRow first = active(department);
		this.mapper.insert(first);
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		assertThat(this.mapper.retire(first.kid(), at)).isOne();
		assertThat(this.mapper.retire(first.kid(), at)).isZero();
		this.mapper.insert(active(department));
		IssuerKeyRow retired = this.mapper.findByKid(first.kid());
		assertThat(retired.retiredAt()).isEqualTo(at);
		assertThat(retired.activeDepartment()).isNull();
	}

}
