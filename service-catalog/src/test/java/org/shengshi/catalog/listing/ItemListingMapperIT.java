package org.shengshi.catalog.listing;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ShengshiServiceTest
class ItemListingMapperIT {

	@Autowired
	private ItemListingMapper mapper;

	@Test
	void insertedItemIsFoundByCodeWithEveryColumn() {
		ItemRow row = Items.item("440100-GA", "DRAFT");
		this.mapper.insert(row);

		assertThat(this.mapper.findByCode(row.itemCode())).contains(row);
		assertThat(this.mapper.findByCode("NO-SUCH-CODE")).isEmpty();
	}

	@Test
	void departmentListingReturnsOnlyThatDepartmentNewestFirstAndCountsIt() {
		String department = "440106-" + UUID.randomUUID().toString().substring(0, 4);
		ItemRow first = Items.item(department, "DRAFT");
		ItemRow second = Items.item(department, "PUBLISHED");
		this.mapper.insert(first);
		this.mapper.insert(second);
		this.mapper.insert(Items.item("440100-MZ", "PUBLISHED"));

		assertThat(this.mapper.findByDepartment(department, 0, 10)).extracting(ItemRow::departmentCode)
			.containsOnly(department)
			.hasSize(2);
		assertThat(this.mapper.findByDepartment(department, 1, 10)).hasSize(1);
		assertThat(this.mapper.countByDepartment(department)).isEqualTo(2);
	}

	@Test
	void publishedListingLeavesOutDraftsAndAgreesWithItsCount() {
		ItemRow draft = Items.item("440100-GA", "DRAFT");
		ItemRow published = Items.item("440100-GA", "PUBLISHED");
		this.mapper.insert(draft);
		this.mapper.insert(published);

		long total = this.mapper.countPublished();
		assertThat(this.mapper.findPublished(0, 1000)).extracting(ItemRow::status).containsOnly("PUBLISHED");
		assertThat(this.mapper.findPublished(0, 1000)).extracting(ItemRow::id)
			.contains(published.id())
			.doesNotContain(draft.id());
		assertThat(this.mapper.findPublished(0, 1000)).hasSize((int) Math.min(total, 1000));
	}

}
