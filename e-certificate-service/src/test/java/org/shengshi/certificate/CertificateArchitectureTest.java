package org.shengshi.certificate;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import org.shengshi.platform.test.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CertificateArchitectureTest {

	private static final String BASE = "org.shengshi.certificate";

	private static final JavaClasses classes = ArchitectureRules.importMain(BASE);

	@Test
	void featuresAreFreeOfCycles() {
		ArchitectureRules.featuresAreFreeOfCycles(BASE).check(classes);
	}

	@Test
	void internalsStayInsideTheirFeature() {
		ArchitectureRules.internalsStayInsideTheirFeature(BASE).check(classes);
	}

	@Test
	void constructorInjectionOnly() {
		ArchitectureRules.noFieldInjection(BASE).check(classes);
	}

	@Test
	void theDomainCoreNeedsNoWebDatabaseOrPlatformClasses() {
		noClasses().that()
			.resideInAnyPackage(BASE + ".identifier..", BASE + ".signature..", BASE + ".status..",
					BASE + ".presentation..", BASE + ".disclosure..", BASE + ".type..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
					"org.springframework.jdbc..", "org.apache.ibatis..", "org.mybatis..", "org.springframework.data..",
					"org.shengshi.platform..")
			.as("the e-certificate domain core is plain Java: no web, database or platform classes")
			.check(classes);
	}

}
