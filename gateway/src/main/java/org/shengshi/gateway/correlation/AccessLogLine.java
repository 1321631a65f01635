package org.shengshi.gateway.correlation;

import java.time.Instant;

/**
 * One access-log line in the same Elastic Common Schema shape as the gateway's other log
 * lines (Spring Boot's {@code ecs} structured format), written by hand: Boot's general
 * JSON writer took about 6 % of the gateway's Java samples at 500 requests/s
 * (docs/performance.md, session 13). {@code logback-spring.xml} sends the access logger's
 * messages out as they are, one line each.
 */
final class AccessLogLine {

	static final String LOGGER = "org.shengshi.gateway.access";

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	/** From the logger's name to the thread's name. */
	private final String beforeThread;

	/** From the thread's name to the message. */
	private final String afterThread;

	/**
	 * @param serviceName the application's name
	 * @param serviceVersion its version, or {@code null} when unknown
	 * @param pid the process id
	 */
	AccessLogLine(String serviceName, String serviceVersion, long pid) {
		this.beforeThread = "\"},\"process\":{\"pid\":" + pid + ",\"thread\":{\"name\":";
		StringBuilder after = new StringBuilder("}},\"service\":{\"name\":");
		string(after, serviceName);
		if (serviceVersion != null) {
			after.append(",\"version\":");
			string(after, serviceVersion);
		}
		this.afterThread = after.append(",\"node\":{}},\"message\":\"request handled\"").toString();
	}

	/** The JSON line (without its line break) for one handled request. */
	String format(Instant at, String thread, String requestId, String traceId, String method, String path, int status,
			String route, long durationMs) {
		StringBuilder line = new StringBuilder(480);
		line.append("{\"@timestamp\":\"")
			.append(at)
			.append("\",\"log\":{\"level\":\"INFO\",\"logger\":\"")
			.append(LOGGER)
			.append(this.beforeThread);
		string(line, thread);
		line.append(this.afterThread).append(",\"requestId\":");
		string(line, requestId);
		line.append(",\"traceId\":");
		string(line, traceId);
		line.append(",\"http\":{\"method\":");
		string(line, method);
		line.append(",\"status\":").append(status).append("},\"url\":{\"path\":");
		string(line, path);
		line.append("},\"route\":");
		string(line, route);
		line.append(",\"durationMs\":").append(durationMs).append(",\"ecs\":{\"version\":\"8.11\"}}");
		return line.toString();
	}

	/**
	 * Appends {@code value} as a JSON string: quote, backslash, control characters and
	 * the two Unicode line separators escaped, everything else as it is.
	 */
	static void string(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append("\\u")
							.append(HEX[c >> 12])
							.append(HEX[(c >> 8) & 0xf])
							.append(HEX[(c >> 4) & 0xf])
							.append(HEX[c & 0xf]);
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
