package org.shengshi.identity.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

class IdentityArchitectureTest {

	private static final String BASE = "org.shengshi.identity";

	private static final JavaClasses CLASSES = ArchitectureRules.importMain(BASE);

	@Test
	void featuresAreFreeOfCycles() {
		ArchitectureRules.featuresAreFreeOfCycles(BASE).check(CLASSES);
	}

	@Test
	void internalsStayInsideTheirFeature() {
		ArchitectureRules.internalsStayInsideTheirFeature(BASE).check(CLASSES);
	}

	@Test
	void constructorInjectionOnly() {
		ArchitectureRules.noFieldInjection(BASE).check(CLASSES);
	}

}
