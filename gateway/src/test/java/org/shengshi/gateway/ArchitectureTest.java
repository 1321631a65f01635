package org.shengshi.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

class ArchitectureTest {

	private static final String BASE = "org.shengshi.gateway";

	private final JavaClasses classes = ArchitectureRules.importMain(BASE);

	@Test
	void featuresAreFreeOfCycles() {
		ArchitectureRules.featuresAreFreeOfCycles(BASE).check(this.classes);
	}

	@Test
	void featureInternalsStayInside() {
		ArchitectureRules.internalsStayInsideTheirFeature(BASE).check(this.classes);
	}

	@Test
	void usesConstructorInjectionOnly() {
		ArchitectureRules.noFieldInjection(BASE).check(this.classes);
	}

}
