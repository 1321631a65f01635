package org.shengshi.catalog.items;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedItem;
import org.shengshi.catalog.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ItemContentCodecTest {

	private static final SeedCatalog SEED = new SeedLoader(CertificateTypeDirectory.bundled()).load();

	@Test
	void everySeedItemSurvivesTheStoredJsonUnchanged() {
		for (SeedItem seed : SEED.items()) {
			assertThat(ItemContentCodec.readItem(ItemContentCodec.write(seed.item()))).as(seed.key())
				.isEqualTo(seed.item());
		}
	}

	@Test
	void publicItemCodesJoinBasicCodeAndDepartmentAndAreUnique() {
		assertThat(SEED.items().stream().map((seed) -> ItemCodes.of(seed.item())).distinct().count())
			.isEqualTo(SEED.items().size());
		assertThat(SEED.items()).allSatisfy(
				(seed) -> assertThat(ItemCodes.isWellFormed(ItemCodes.of(seed.item()))).as(seed.key()).isTrue());
		assertThat(ItemCodes.isWellFormed("QR00103001@440100-GA")).isFalse();
		assertThat(ItemCodes.isWellFormed("../../etc")).isFalse();
	}

	@Test
	void theResidencePermitProducesTheCertificateTypeOfTheECertificateService() {
		var types = CertificateTypeDirectory.bundled();
		var permit = SEED.item("QR00103001@440100-GA").orElseThrow().item();

		ItemVersionView view = ItemVersionView.of(permit, 1, "PUBLISHED", null, types);

		assertThat(view.certificateType()).isEqualTo("111000000000190198002");
		assertThat(view.feeFen()).isZero();
		assertThat(view.formFields()).anySatisfy((field) -> assertThat(field.prefill()).startsWith("profile:"));
		assertThat(types.exchangeCode("HOUSEHOLD_REGISTER")).isEqualTo("HOUSEHOLD_REGISTER");
		assertThat(types.exchangeCode(null)).isNull();
	}

}
