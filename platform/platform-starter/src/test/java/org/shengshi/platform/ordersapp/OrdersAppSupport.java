package org.shengshi.platform.ordersapp;

import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.test.context.TestPropertySource;

/**
 * The one context configuration every integration test of the orders app uses, so they
 * share one running application (and one set of relay and consumer threads). Timings are
 * shortened so retries and reclaims happen within a test.
 */
@ShengshiServiceTest
@TestPropertySource(properties = { "spring.application.name=starter-orders",
		"spring.flyway.locations=classpath:db/ordersapp", "spring.data.redis.timeout=1s",
		"spring.data.redis.connect-timeout=1s", "spring.mvc.problemdetails.enabled=true",
		"shengshi.events.relay.poll-interval=50ms", "shengshi.events.relay.max-backoff=1s",
		"shengshi.events.consumer.block-timeout=200ms", "shengshi.events.consumer.claim-min-idle=500ms",
		"shengshi.events.consumer.claim-interval=200ms", "shengshi.events.consumer.max-deliveries=3",
		"shengshi.events.consumer.max-backoff=1s", "shengshi.events.outbox-retention=1h",
		"shengshi.events.cleanup-interval=300ms", "shengshi.idempotency.in-progress-wait=2s" })
abstract class OrdersAppSupport {

	static final String SERVICE = "starter-orders";

	static final String STREAM = "shengshi:events:" + SERVICE;

}
