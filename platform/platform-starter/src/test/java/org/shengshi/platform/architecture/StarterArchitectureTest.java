package org.shengshi.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The starter's features stay acyclic ({@code problem} at the bottom) and use constructor
 * injection.
 */
class StarterArchitectureTest {

	private static final String BASE = "org.shengshi.platform";

	private final JavaClasses classes = ArchitectureRules.importMain(BASE);

	@Test
	void featuresAreFreeOfCycles() {
		ArchitectureRules.featuresAreFreeOfCycles(BASE).check(this.classes);
	}

	@Test
	void problemDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage(BASE + ".problem..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BASE + ".web..", BASE + ".security..", BASE + ".logging..", BASE + ".pii..")
			.check(this.classes);
	}

	@Test
	void noFieldInjection() {
		ArchitectureRules.noFieldInjection(BASE).check(this.classes);
	}

}
