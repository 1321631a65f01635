package org.shengshi.cases.sla;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SlaConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SlaConfiguration.class);

	@Test
	void warnsAtEightyPercentByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(SlaPolicy.class).warningPercent()).isEqualTo(80));
	}

	@Test
	void takesTheConfiguredShare() {
		this.runner.withPropertyValues("shengshi.sla.warning-percent=70")
			.run((context) -> assertThat(context.getBean(SlaPolicy.class).warningPercent()).isEqualTo(70));
	}

	@Test
	void refusesToStartWithAShareOutsideOneToHundred() {
		this.runner.withPropertyValues("shengshi.sla.warning-percent=120")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("warningPercent must be within 1..100"));
	}

}
