package org.shengshi.platform.events;

import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * Finds the trace context in the MDC: a {@code traceparent} entry if present, otherwise
 * the {@code traceId} and {@code spanId} entries that Micrometer Tracing maintains
 * (reported as sampled, since Micrometer only fills them for recorded spans).
 */
final class MdcTraceparentProvider implements TraceparentProvider {

	static final String TRACEPARENT_KEY = "traceparent";

	private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

	private static final Pattern SPAN_ID = Pattern.compile("[0-9a-f]{16}");

	@Override
	public String current() {
		String traceparent = MDC.get(TRACEPARENT_KEY);
		if (traceparent != null && TRACEPARENT.matcher(traceparent).matches()) {
			return traceparent;
		}
		String traceId = MDC.get("traceId");
		String spanId = MDC.get("spanId");
		if (traceId != null && spanId != null && TRACE_ID.matcher(traceId).matches()
				&& SPAN_ID.matcher(spanId).matches()) {
			return "00-" + traceId + "-" + spanId + "-01";
		}
		return null;
	}

}
