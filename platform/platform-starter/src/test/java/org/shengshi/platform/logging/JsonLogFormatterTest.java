package org.shengshi.platform.logging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the formatters through a real logback pipeline (logger, appender, Boot's
 * structured encoder) and reads the bytes it writes.
 */
class JsonLogFormatterTest {

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final JsonMapper json = JsonMapper.builder().build();

	private LoggerContext context;

	@BeforeEach
	void startLogback() {
		this.context = new LoggerContext();
		this.context.setMDCAdapter(MDC.getMDCAdapter());
		this.context.putObject(Environment.class.getName(),
				new MockEnvironment().withProperty("spring.application.name", "case-service"));
	}

	@AfterEach
	void stopLogback() {
		MDC.clear();
		this.context.stop();
	}

	@Test
	void jsonLineCarriesServiceRequestAndTraceIdsWithPersonalDataMasked() throws Exception {
		Logger logger = loggerWritingWith(JsonLogFormatter.class);
		MDC.put("requestId", "req-42");
		MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
		MDC.put("spanId", "00f067aa0ba902b7");
		logger.info("verifying resident {} with phone {}", "440106199001011234", "13812345678");

		String line = written();
		assertThat(line).doesNotContain("440106199001011234").doesNotContain("13812345678").endsWith("\n");
		JsonNode event = this.json.readTree(line);
		assertThat(event.get("message").asString())
			.isEqualTo("verifying resident 440***********1234 with phone 138****5678");
		assertThat(event.get("level").asString()).isEqualTo("INFO");
		assertThat(event.get("logger").asString()).isEqualTo("org.shengshi.test");
		assertThat(event.get("service").asString()).isEqualTo("case-service");
		assertThat(event.get("requestId").asString()).isEqualTo("req-42");
		assertThat(event.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(event.get("spanId").asString()).isEqualTo("00f067aa0ba902b7");
		assertThat(event.get("timestamp").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
	}

	@Test
	void exceptionMessageAndStackTraceAreMasked() throws Exception {
		Logger logger = loggerWritingWith(JsonLogFormatter.class);
		logger.error("lookup failed", new IllegalStateException("no resident with id 44010619900101123X"));

		String line = written();
		assertThat(line).doesNotContain("44010619900101123X");
		JsonNode event = this.json.readTree(line);
		assertThat(event.get("exceptionType").asString()).isEqualTo(IllegalStateException.class.getName());
		assertThat(event.get("exceptionMessage").asString()).isEqualTo("no resident with id 440***********123X");
		assertThat(event.get("stackTrace").asString()).contains("440***********123X").contains("JsonLogFormatterTest");
	}

	@Test
	void otherMdcEntriesAreKeptAndMasked() throws Exception {
		Logger logger = loggerWritingWith(JsonLogFormatter.class);
		MDC.put("caller", "13812345678");
		logger.warn("hello");
		JsonNode event = this.json.readTree(written());
		assertThat(event.get("caller").asString()).isEqualTo("138****5678");
		assertThat(event.has("requestId")).isFalse();
	}

	@Test
	void textFormatIsMaskedToo() {
		Logger logger = loggerWritingWith(MaskedTextLogFormatter.class);
		MDC.put("requestId", "req-7");
		logger.info("sms to 13812345678");
		assertThat(written()).contains("INFO [case-service,req-7,,]")
			.contains("org.shengshi.test : sms to 138****5678")
			.doesNotContain("13812345678");
	}

	private Logger loggerWritingWith(Class<?> formatter) {
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(this.context);
		encoder.setFormat(formatter.getName());
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.start();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(this.context);
		appender.setEncoder(encoder);
		appender.setOutputStream(this.output);
		appender.start();
		Logger logger = this.context.getLogger("org.shengshi.test");
		logger.addAppender(appender);
		return logger;
	}

	private String written() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
