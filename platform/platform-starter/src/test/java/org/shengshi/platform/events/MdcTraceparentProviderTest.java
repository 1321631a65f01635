package org.shengshi.platform.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class MdcTraceparentProviderTest {

	private final MdcTraceparentProvider provider = new MdcTraceparentProvider();

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void noTraceContextGivesNull() {
		assertThat(this.provider.current()).isNull();
	}

	@Test
	void usesAWellFormedTraceparentEntry() {
		MDC.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

		assertThat(this.provider.current()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
	}

	@Test
	void buildsOneFromMicrometerTraceAndSpanIds() {
		MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
		MDC.put("spanId", "00f067aa0ba902b7");

		assertThat(this.provider.current()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
	}

	@Test
	void ignoresMalformedValues() {
		MDC.put("traceparent", "00-not-a-trace-01\nforged");
		MDC.put("traceId", "4bf92f35");
		MDC.put("spanId", "00f067aa0ba902b7");

		assertThat(this.provider.current()).isNull();
	}

}
