package org.shengshi.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

	@Test
	void wellFormedTraceparentIsValid() {
		assertThat(TraceContext.isValidTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isTrue();
	}

	@Test
	void malformedOrZeroTraceparentIsInvalid() {
		assertThat(TraceContext.isValidTraceparent(null)).isFalse();
		assertThat(TraceContext.isValidTraceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.isFalse();
		assertThat(TraceContext.isValidTraceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
			.isFalse();
		assertThat(TraceContext.isValidTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
			.isFalse();
		assertThat(TraceContext.isValidTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"))
			.isFalse();
	}

	@Test
	void withoutATracerThereIsNoCurrentTraceparent() {
		TraceContext.register(null);
		assertThat(TraceContext.currentTraceparent()).isEmpty();
		assertThat(TraceContext.currentTraceId()).isEmpty();
	}

}
