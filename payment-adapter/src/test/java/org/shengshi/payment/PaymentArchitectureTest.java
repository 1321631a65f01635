package org.shengshi.payment;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PaymentArchitectureTest {

	private static final String BASE = "org.shengshi.payment";

	private final JavaClasses classes = ArchitectureRules.importMain(BASE);

	@Test
	void featuresAreFreeOfCycles() {
		ArchitectureRules.featuresAreFreeOfCycles(BASE).check(this.classes);
	}

	@Test
	void internalsStayInsideTheirFeature() {
		ArchitectureRules.internalsStayInsideTheirFeature(BASE).check(this.classes);
	}

	@Test
	void channelPlumbingIsUsedOnlyByChannels() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".channel..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".channel.support..")
			.check(this.classes);
	}

	@Test
	void channelsDoNotDependOnOrdersOrReconciliation() {
		noClasses().that()
			.resideInAPackage(BASE + ".channel..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BASE + ".order..", BASE + ".reconciliation..", BASE + ".callback..")
			.check(this.classes);
	}

}
