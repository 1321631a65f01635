package org.shengshi.cases;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

	private static final String BASE = "org.shengshi.cases";

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

	@Test
	void domainRulesDoNotDependOnTheWebLayer() {
		noClasses().that()
			.resideInAnyPackage(BASE + ".calendar..", BASE + ".sla..", BASE + ".lifecycle..", BASE + ".casenumber..",
					BASE + ".material..", BASE + ".evaluation..", BASE + ".problem..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.check(CLASSES);
	}

}
