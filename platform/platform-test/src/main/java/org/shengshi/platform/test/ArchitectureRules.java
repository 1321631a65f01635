package org.shengshi.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules every service checks: features (top-level packages under the base
 * package) do not form cycles, and a feature's {@code internal} package is used only by
 * that feature.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	public static JavaClasses importMain(String basePackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
	}

	public static ArchRule featuresAreFreeOfCycles(String basePackage) {
		return SlicesRuleDefinition.slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
	}

	public static ArchRule internalsStayInsideTheirFeature(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should(InternalAccessCondition.of(basePackage))
			.as("a feature's internal package is used only inside that feature")
			.allowEmptyShould(true);
	}

	public static ArchRule noFieldInjection(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
			.as("constructor injection only, no @Autowired fields")
			.allowEmptyShould(true);
	}

}
