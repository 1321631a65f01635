package org.shengshi.identity.department;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DepartmentMapperIT extends IdentityServiceIT {

	@Autowired
	private DepartmentMapper mapper;

	@Test
	void findAllHoldsTheSeededTreeInRegionOrder() {
		assertThat(this.mapper.findAll()).extracting(Department::code)
			.containsSubsequence("440000-GA", "440100-GA", "440106-GA");
	}

	@Test
	void findByCodeMapsEveryColumn() {
		assertThat(this.mapper.findByCode("440100-GA"))
			.isEqualTo(new Department("440100-GA", "广州市公安局", Level.CITY, "440100", "114401000074822121", "440000-GA"));
		assertThat(this.mapper.findByCode("999999-XX")).isNull();
	}

	@Test
	void insertStoresADepartmentAndItsUsccIsTaken() {
		Department district = new Department("440106-MZ", "广州市天河区民政局", Level.DISTRICT, "440106", "11440106MB2C90433C",
				"440100-MZ");
		assertThat(this.mapper.insert(district)).isEqualTo(1);
		assertThat(this.mapper.findByCode("440106-MZ")).isEqualTo(district);
		assertThat(this.mapper.usccTaken("11440106MB2C90433C")).isTrue();
		assertThat(this.mapper.usccTaken("11440106MB2C90434C")).isFalse();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.mapper.insert(district));
	}

	@Test
	void renameChangesOnlyTheName() {
		assertThat(this.mapper.rename("440000-MZ", "广东省民政厅（更名）")).isEqualTo(1);
		assertThat(this.mapper.findByCode("440000-MZ").name()).isEqualTo("广东省民政厅（更名）");
		this.mapper.rename("440000-MZ", "广东省民政厅");
		assertThat(this.mapper.rename("999999-XX", "x")).isZero();
	}

}
