package org.shengshi.platform.logging;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LoggingFormatEnvironmentPostProcessorTest {

	private final LoggingFormatEnvironmentPostProcessor processor = new LoggingFormatEnvironmentPostProcessor();

	@Test
	void maskedJsonIsTheDefault() {
		MockEnvironment environment = new MockEnvironment();
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.structured.format.console"))
			.isEqualTo(JsonLogFormatter.class.getName());
	}

	@Test
	void textCanBeChosen() {
		MockEnvironment environment = new MockEnvironment().withProperty("shengshi.log.format", "TEXT");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.structured.format.console"))
			.isEqualTo(MaskedTextLogFormatter.class.getName());
	}

	@Test
	void aServiceChoiceIsKept() {
		MockEnvironment environment = new MockEnvironment().withProperty("logging.structured.format.console", "ecs");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void unknownFormatIsRefused() {
		MockEnvironment environment = new MockEnvironment().withProperty("shengshi.log.format", "xml");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.processor.postProcessEnvironment(environment, new SpringApplication()))
			.withMessageContaining("SHENGSHI_LOG_FORMAT");
	}

}
