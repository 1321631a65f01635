package org.shengshi.platform.web;

import java.util.Optional;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

/**
 * The W3C trace context of the work the current thread is doing. Incoming
 * {@code traceparent} headers are read and outgoing {@code RestClient} calls carry it
 * through Micrometer Tracing; this class gives the current value to code that must store
 * or forward it itself, such as events.
 */
public final class TraceContext {

	private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final String INVALID_TRACE_ID = "00000000000000000000000000000000";

	private static final String INVALID_SPAN_ID = "0000000000000000";

	private static volatile @Nullable Tracer tracer;

	private TraceContext() {
	}

	/**
	 * The current {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), empty
	 * when no span is in scope. Unsampled traces have one too (flags {@code 00}).
	 */
	public static Optional<String> currentTraceparent() {
		return currentSpan().map((span) -> {
			String flags = Boolean.TRUE.equals(span.context().sampled()) ? "01" : "00";
			return "00-" + padTraceId(span.context().traceId()) + "-" + span.context().spanId() + "-" + flags;
		}).filter(TraceContext::isValidTraceparent);
	}

	/**
	 * The current trace id (32 hex characters), empty when no span is in scope.
	 */
	public static Optional<String> currentTraceId() {
		return currentTraceparent().map((traceparent) -> traceparent.substring(3, 35));
	}

	/**
	 * Whether a value is a well-formed version-00 {@code traceparent} with non-zero ids.
	 */
	public static boolean isValidTraceparent(@Nullable String value) {
		return value != null && TRACEPARENT.matcher(value).matches() && !value.substring(3, 35).equals(INVALID_TRACE_ID)
				&& !value.substring(36, 52).equals(INVALID_SPAN_ID);
	}

	static void register(@Nullable Tracer current) {
		tracer = current;
	}

	static synchronized void unregister(@Nullable Tracer current) {
		if (tracer == current) {
			tracer = null;
		}
	}

	private static Optional<Span> currentSpan() {
		Tracer current = tracer;
		if (current == null) {
			return Optional.empty();
		}
		// An unsampled span is a no-op for recording but still has ids that propagate.
		return Optional.ofNullable(current.currentSpan());
	}

	private static String padTraceId(String traceId) {
		return (traceId.length() == 16) ? "0000000000000000" + traceId : traceId;
	}

}
