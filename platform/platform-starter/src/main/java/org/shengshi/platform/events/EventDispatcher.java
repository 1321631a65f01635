package org.shengshi.platform.events;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one stream message to the matching handlers: in one transaction it records the
 * event id in the inbox (a duplicate means the event was handled already, so the handlers
 * are skipped) and runs the handlers; after the commit it acknowledges the message. A
 * handler failure rolls back the inbox row too and leaves the message pending for a
 * retry.
 */
final class EventDispatcher {

	private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

	private final StringRedisTemplate redis;

	private final List<EventHandler> handlers;

	private final InboxRepository inbox;

	private final TransactionTemplate transactions;

	private final EnvelopeCodec codec;

	private final DeadLetters deadLetters;

	private final String consumer;

	private final Clock clock;

	EventDispatcher(StringRedisTemplate redis, List<EventHandler> handlers, InboxRepository inbox,
			TransactionTemplate transactions, EnvelopeCodec codec, DeadLetters deadLetters, String consumer,
			Clock clock) {
		this.redis = redis;
		this.handlers = handlers;
		this.inbox = inbox;
		this.transactions = transactions;
		this.codec = codec;
		this.deadLetters = deadLetters;
		this.consumer = consumer;
		this.clock = clock;
	}

	void dispatch(MapRecord<String, Object, Object> message) {
		EventEnvelope event;
		try {
			event = this.codec.decode(String.valueOf(message.getValue().get("event")));
		}
		catch (IllegalArgumentException ex) {
			this.deadLetters.move(message, "unreadable envelope");
			return;
		}
		List<EventHandler> matching = matching(message.getStream(), event.type());
		if (!matching.isEmpty() && !handle(message, event, matching)) {
			return;
		}
		this.redis.opsForStream().acknowledge(this.consumer, message);
	}

	private boolean handle(MapRecord<String, Object, Object> message, EventEnvelope event,
			List<EventHandler> matching) {
		String previousTrace = MDC.get(MdcTraceparentProvider.TRACEPARENT_KEY);
		try {
			putTrace(event.traceparent());
			this.transactions.executeWithoutResult((status) -> {
				if (this.inbox.record(this.consumer, event.id(), this.clock.instant())) {
					matching.forEach((handler) -> handler.handle(event));
				}
			});
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Handling event {} of type {} from {} (message {}) failed with {}; it will be retried", event.id(),
					event.type(), message.getStream(), message.getId(), ex.getClass().getName());
			log.debug("Handler failure for event {}", event.id(), ex);
			return false;
		}
		finally {
			putTrace(previousTrace);
		}
	}

	private static void putTrace(String traceparent) {
		if (traceparent == null) {
			MDC.remove(MdcTraceparentProvider.TRACEPARENT_KEY);
		}
		else {
			MDC.put(MdcTraceparentProvider.TRACEPARENT_KEY, traceparent);
		}
	}

	private List<EventHandler> matching(String stream, String type) {
		return this.handlers.stream()
			.filter((handler) -> EventStreams.of(handler.sourceStream()).equals(stream) && handler.handles(type))
			.toList();
	}

}
