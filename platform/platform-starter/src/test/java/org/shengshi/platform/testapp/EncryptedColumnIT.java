package org.shengshi.platform.testapp;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.pii.BlindIndex;
import org.shengshi.platform.pii.EncryptedString;
import org.shengshi.platform.pii.PiiCipher;
import org.shengshi.platform.pii.PiiCryptoException;
import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestPiiKeys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An encrypted column with its blind index, through MyBatis against the real MariaDB.
 */
@ShengshiServiceTest
class EncryptedColumnIT {

	private static final String COLUMN = "sample_resident.id_number";

	@Autowired
	private PiiCipher cipher;

	@Autowired
	private BlindIndex blindIndex;

	@Autowired
	private SampleResidentMapper mapper;

	@Test
	void encryptedValueIsStoredAsCiphertextAndFoundByItsBlindIndex() {
		String id = UUID.randomUUID().toString();
		String idNumber = "44010619900101123X";
		this.mapper.insert(id, this.cipher.seal(idNumber, COLUMN), this.blindIndex.of(idNumber));

		String stored = this.mapper.findRawIdNumber(id);
		assertThat(stored).startsWith("v1." + TestPiiKeys.ACTIVE_KEY_ID + ".").doesNotContain(idNumber);

		EncryptedString found = this.mapper.findIdNumberByIndex(this.blindIndex.of(" 44010619900101123x "));
		assertThat(found).isNotNull();
		assertThat(this.cipher.open(found, COLUMN)).isEqualTo(idNumber);
		assertThatExceptionOfType(PiiCryptoException.class)
			.isThrownBy(() -> this.cipher.open(found, "sample_resident.phone"));
	}

	@Test
	void unknownIndexFindsNothing() {
		assertThat(this.mapper.findIdNumberByIndex(this.blindIndex.of("110101200001010000"))).isNull();
	}

}
