package org.shengshi.platform.events;

import java.util.List;

import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Creates the consumer group on every stream this service reads ({@code XGROUP CREATE ...
 * MKSTREAM}), starting at the beginning of the stream so that events relayed before the
 * group existed are not skipped. Created again when Redis lost them (a restart without
 * persistence answers {@code NOGROUP}).
 */
final class ConsumerGroups {

	private final StringRedisTemplate redis;

	private final List<String> streams;

	private final String group;

	private volatile boolean ready;

	ConsumerGroups(StringRedisTemplate redis, List<String> streams, String group) {
		this.redis = redis;
		this.streams = streams;
		this.group = group;
	}

	void ensure() {
		if (this.ready) {
			return;
		}
		for (String stream : this.streams) {
			try {
				this.redis.opsForStream().createGroup(stream, ReadOffset.from("0-0"), this.group);
			}
			catch (RuntimeException ex) {
				if (!RedisErrors.hasCode(ex, "BUSYGROUP")) {
					throw ex;
				}
			}
		}
		this.ready = true;
	}

	/**
	 * Notes a failure; if Redis reported a missing group, the groups are created again
	 * before the next read.
	 */
	void onFailure(RuntimeException ex) {
		if (RedisErrors.hasCode(ex, "NOGROUP")) {
			this.ready = false;
		}
	}

}
