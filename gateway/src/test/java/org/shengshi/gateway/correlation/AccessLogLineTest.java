package org.shengshi.gateway.correlation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogLineTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * An access-log line as Spring Boot's {@code ecs} formatter wrote it from the key
	 * values the filter logged before (gateway log of 28 Nov 2026).
	 */
	private static final String BOOT_LINE = """
			{"@timestamp":"2026-11-28T13:17:16.069765803Z","log":{"level":"INFO","logger":"org.shengshi.gateway.access"},\
			"process":{"pid":18930,"thread":{"name":"boundedElastic-1"}},"service":{"name":"gateway",\
			"version":"0.1.0-SNAPSHOT","node":{}},"message":"request handled",\
			"requestId":"cee3e8b0-976d-4cca-9f0b-c27dc75e3acc","traceId":"fb2af51a020b3904bf9c5ccdc23f5879",\
			"http":{"method":"GET","status":200},"url":{"path":"/actuator/health/readiness"},"route":"",\
			"durationMs":375,"ecs":{"version":"8.11"}}""";

	private final AccessLogLine line = new AccessLogLine("gateway", "0.1.0-SNAPSHOT", 18930);

	@Test
	void hasTheFieldsOfBootsEcsLinesInTheirOrder() {
		String written = this.line.format(Instant.parse("2026-11-28T13:17:16.069765803Z"), "boundedElastic-1",
				"cee3e8b0-976d-4cca-9f0b-c27dc75e3acc", "fb2af51a020b3904bf9c5ccdc23f5879", "GET",
				"/actuator/health/readiness", 200, "", 375);

		assertThat(fields(JSON.readTree(written), "")).isEqualTo(fields(JSON.readTree(BOOT_LINE), ""));
		assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(BOOT_LINE));
		assertThat(written).doesNotContain("\n");
	}

	@Test
	void leavesOutTheVersionWhenItIsUnknown() {
		JsonNode written = JSON.readTree(new AccessLogLine("gateway", null, 7).format(Instant.EPOCH, "main", "r", "",
				"POST", "/api/v1/cases", 201, "cases", 12));

		assertThat(written.path("service").has("version")).isFalse();
		assertThat(written.path("service").path("name").asString()).isEqualTo("gateway");
		assertThat(written.path("process").path("pid").asLong()).isEqualTo(7);
		assertThat(written.path("http").path("status").asInt()).isEqualTo(201);
		assertThat(written.path("route").asString()).isEqualTo("cases");
		assertThat(written.path("durationMs").asLong()).isEqualTo(12);
	}

	@Test
	void escapesWhatJsonRequiresAndKeepsEveryCharacter() {
		String path = "/a\"b\\c\nd\re\tf\u0001g\u001fh\u2028i\u2029j/中文/%E4%B8%AD";
		String thread = "reactor-http-epoll-\"1\"";

		String written = this.line.format(Instant.EPOCH, thread, "id", "", "GET", path, 404, "", 0);

		JsonNode parsed = JSON.readTree(written);
		assertThat(parsed.path("url").path("path").asString()).isEqualTo(path);
		assertThat(parsed.path("process").path("thread").path("name").asString()).isEqualTo(thread);
		assertThat(written).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0001");
	}

	/** Every field's dotted name, in document order. */
	private static List<String> fields(JsonNode node, String prefix) {
		List<String> names = new ArrayList<>();
		for (String name : node.propertyNames()) {
			JsonNode child = node.get(name);
			names.add(prefix + name);
			if (child.isObject()) {
				names.addAll(fields(child, prefix + name + "."));
			}
		}
		return names;
	}

}
