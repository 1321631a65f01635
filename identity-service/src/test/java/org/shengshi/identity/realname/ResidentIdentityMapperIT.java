package org.shengshi.identity.realname;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.shared.Ids;
import org.shengshi.identity.support.IdNumbers;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.platform.pii.BlindIndex;
import org.shengshi.platform.pii.PiiCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResidentIdentityMapperIT extends IdentityServiceIT {

	@Autowired
	private ResidentIdentityMapper mapper;

	@Autowired
	private PiiCipher cipher;

	@Autowired
	private BlindIndex blindIndex;

	@Test
	void insertedRowIsFoundBySubjectAndIdAndItsNumberIsBound() {
		String id = IdNumbers.fresh();
		ResidentIdentityRow row = row(Ids.newId(), id);
		assertThat(this.mapper.insert(row)).isEqualTo(1);

		assertThat(this.mapper.findBySubject(row.subject())).isEqualTo(row);
		assertThat(this.mapper.findById(row.id())).isEqualTo(row);
		assertThat(this.cipher.open(this.mapper.findById(row.id()).idNumber(), RealNameService.ID_NUMBER_COLUMN))
			.isEqualTo(id);
		assertThat(this.mapper.findByIdNumberIndex(row.idNumberIndex())).isEqualTo(row);
		assertThat(this.mapper.idNumberBound(row.idNumberIndex())).isTrue();
		assertThat(this.mapper.idNumberBound(this.blindIndex.of(RealNameService.ID_NUMBER_COLUMN, IdNumbers.fresh())))
			.isFalse();
		assertThat(this.mapper.findBySubject("nobody")).isNull();
		assertThat(this.mapper.findById(Ids.newId())).isNull();
	}

	@Test
	void secondRowForTheSameNumberOrSubjectIsRefused() {
		String id = IdNumbers.fresh();
		ResidentIdentityRow first = row(Ids.newId(), id);
		this.mapper.insert(first);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mapper.insert(row(Ids.newId(), id)));
		ResidentIdentityRow sameSubject = new ResidentIdentityRow(Ids.newId(), first.subject(), first.name(),
				first.idNumber(), this.blindIndex.of(RealNameService.ID_NUMBER_COLUMN, IdNumbers.fresh()), "440106",
				first.verifiedAt());
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.mapper.insert(sameSubject));
	}

	private ResidentIdentityRow row(String subject, String idNumber) {
		return new ResidentIdentityRow(Ids.newId(), subject, this.cipher.seal("测试", RealNameService.NAME_COLUMN),
				this.cipher.seal(idNumber, RealNameService.ID_NUMBER_COLUMN),
				this.blindIndex.of(RealNameService.ID_NUMBER_COLUMN, idNumber), idNumber.substring(0, 6),
				LocalDateTime.of(2026, 3, 1, 8, 30, 15, 120_000_000));
	}

}
