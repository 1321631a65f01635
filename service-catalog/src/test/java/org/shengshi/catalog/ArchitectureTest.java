package org.shengshi.catalog;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

class ArchitectureTest {

	private static final String BASE = "org.shengshi.catalog";

	private final JavaClasses classes = ArchitectureRules.importMain(BASE);

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
