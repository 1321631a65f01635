package org.shengshi.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import org.shengshi.localstack.RunningStack;

/**
 * Reads a service's Redis event stream ({@code shengshi:events:<service>}) of the running
 * stack, to prove that no event was lost and none published twice.
 */
final class EventStreams implements AutoCloseable {

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	EventStreams(RunningStack stack) {
		this.client = RedisClient.create("redis://127.0.0.1:" + stack.redisPort());
		this.connection = this.client.connect();
	}

	/**
	 * How many events of {@code type} in the stream of {@code service} mention each of
	 * {@code subjects} (absent ones count 0).
	 */
	Map<String, Integer> count(String service, String type, Set<String> subjects) {
		Map<String, Integer> counts = new HashMap<>();
		subjects.forEach((subject) -> counts.put(subject, 0));
		List<StreamMessage<String, String>> messages = this.connection.sync()
			.xrange("shengshi:events:" + service, Range.create("-", "+"));
		for (StreamMessage<String, String> message : messages) {
			for (String value : message.getBody().values()) {
				if (value.contains("\"" + type + "\"")) {
					subjects.stream()
						.filter(value::contains)
						.forEach((subject) -> counts.merge(subject, 1, Integer::sum));
				}
			}
		}
		return counts;
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
