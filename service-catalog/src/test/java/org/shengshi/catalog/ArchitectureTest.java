package org.shengshi.catalog;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

class ArchitectureTest {

	private static final String BASE = "org.shengshi.catalog";

	/**
	 * Our own classes only: scanning every jar on the test class path takes most of a
	 * minute.
	 */
	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages(BASE);

	@Test
	void importsTheCatalogClasses() {
		org.assertj.core.api.Assertions
			.assertThat(this.classes.contain("org.shengshi.catalog.search.CatalogSearchIndex"))
			.isTrue();
	}

	@Test
	void featurePackagesHaveNoCycles() {
		ArchitectureRules.featuresAreFreeOfCycles(BASE).check(this.classes);
	}

	@Test
	void internalPackagesStayInsideTheirFeature() {
		ArchitectureRules.internalsStayInsideTheirFeature(BASE).check(this.classes);
	}

	@Test
	void noFieldInjection() {
		ArchitectureRules.noFieldInjection(BASE).check(this.classes);
	}

}
