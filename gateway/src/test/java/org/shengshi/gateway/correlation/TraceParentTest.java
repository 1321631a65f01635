package org.shengshi.gateway.correlation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {

	@Test
	void readsAValidVersion00Header() {
		assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.contains(new TraceParent("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "01"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
			"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
			"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
			"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", "garbage" })
	void refusesInvalidHeaders(String header) {
		assertThat(TraceParent.parse(header)).isEmpty();
	}

	@Test
	void aChildKeepsTraceAndFlagsWithANewParent() {
		TraceParent caller = TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").orElseThrow();

		TraceParent child = caller.child();

		assertThat(child.traceId()).isEqualTo(caller.traceId());
		assertThat(child.flags()).isEqualTo("00");
		assertThat(child.parentId()).matches("[0-9a-f]{16}").isNotEqualTo(caller.parentId());
	}

	@Test
	void aNewTraceIsValidAndSampled() {
		TraceParent trace = TraceParent.newTrace();

		assertThat(TraceParent.parse(trace.header())).contains(trace);
		assertThat(trace.flags()).isEqualTo("01");
		assertThat(TraceParent.newTrace().traceId()).isNotEqualTo(trace.traceId());
	}

}
