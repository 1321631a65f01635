package org.shengshi.catalog.seeding;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ShengshiServiceTest
class SeedImporterIT {

	@Autowired
	private SeedImporter importer;

	@Autowired
	private ItemStore store;

	@Autowired
	private SeedCatalog seed;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void startupStoredTheWholeSeedAsPublishedVersionOne() {
		Set<String> stored = Set.copyOf(this.store.findAllItemCodes());

		assertThat(this.seed.items()).hasSizeGreaterThanOrEqualTo(120);
		assertThat(this.seed.items().stream().map((item) -> item.item().departmentCode()).collect(Collectors.toSet()))
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.seed.bundles()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(stored).contains("QR00103001-440100-GA").hasSizeGreaterThanOrEqualTo(this.seed.items().size());
		assertThat(this.seed.items()).anySatisfy((item) -> assertThat(item.item().name()).isEqualTo("养老金领取资格认证"));
		String pensionCode = this.seed.items()
			.stream()
			.filter((item) -> item.item().name().equals("养老金领取资格认证"))
			.map((item) -> item.item().code() + "-" + item.item().departmentCode())
			.findFirst()
			.orElseThrow();
		var pension = this.store.findItem(pensionCode).orElseThrow();
		assertThat(pension.status()).isEqualTo("PUBLISHED");
		assertThat(this.store.findVersion(pension.id(), 1)).isPresent();
	}

	@Test
	void importingAgainStoresNothing() {
		int before = this.store.findAllItemCodes().size();

		Integer stored = this.transactions.execute((status) -> this.importer.importMissing());

		assertThat(stored).isZero();
		assertThat(this.store.findAllItemCodes()).hasSize(before);
	}

}
