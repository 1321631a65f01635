package org.shengshi.gateway.ratelimit;

import io.lettuce.core.ClientOptions;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * While the Redis connection is down, Lettuce rejects commands at once instead of queuing
 * them until a timeout, so the local fallback decides without delay. Replies are handed
 * to Lettuce's computation threads (one per core) instead of being emitted on the
 * connection's single I/O thread: every request continues from its rate-limit answer (JWT
 * check, routing, the upstream call), and on the I/O thread all of that ran on one core
 * (profiled: docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfiguration {

	@Bean
	LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
		return (options) -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.publishOnScheduler(true);
	}

}
