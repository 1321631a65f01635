package org.shengshi.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the streams of all {@link EventHandler} beans in the consumer group named after
 * this service, on one background thread: {@code XREADGROUP} with a bounded block,
 * dispatch, and now and then a pass over pending messages and old inbox rows. Failures of
 * Redis or the database pause the loop with exponential backoff; nothing is acknowledged
 * before its transaction committed.
 */
final class EventConsumer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

	private final StringRedisTemplate redis;

	private final List<String> streams;

	private final Consumer consumer;

	private final EventsProperties.Consumer settings;

	private final ConsumerGroups groups;

	private final EventDispatcher dispatcher;

	private final PendingReclaimer reclaimer;

	private final PeriodicPurge purge;

	private final Backoff backoff;

	private volatile Thread thread;

	private volatile boolean running;

	EventConsumer(StringRedisTemplate redis, List<EventHandler> handlers, String group, InboxRepository inbox,
			TransactionTemplate transactions, EnvelopeCodec codec, EventsProperties properties, Clock clock) {
		this.redis = redis;
		this.streams = handlers.stream().map((handler) -> EventStreams.of(handler.sourceStream())).distinct().toList();
		this.consumer = Consumer.from(group, group + "-" + UUID.randomUUID().toString().substring(0, 8));
		this.settings = properties.consumer();
		this.groups = new ConsumerGroups(redis, this.streams, group);
		DeadLetters deadLetters = new DeadLetters(redis, group, properties.relay().streamMaxLength());
		this.dispatcher = new EventDispatcher(redis, handlers, inbox, transactions, codec, deadLetters, group, clock);
		this.reclaimer = new PendingReclaimer(redis, this.streams, group, this.consumer.getName(), this.settings,
				this.dispatcher, deadLetters, clock);
		this.purge = new PeriodicPurge("event_inbox", properties.inboxRetention(), properties.cleanupInterval(), clock,
				inbox::deleteBefore);
		this.backoff = new Backoff(Duration.ofMillis(100), this.settings.maxBackoff());
	}

	@Override
	public synchronized void start() {
		if (this.running || this.streams.isEmpty()) {
			return;
		}
		this.running = true;
		Thread loop = new Thread(this::run, "event-consumer-" + this.consumer.getGroup());
		loop.setDaemon(true);
		this.thread = loop;
		loop.start();
		log.info("Consuming {} as {} in group {}", this.streams, this.consumer.getName(), this.consumer.getGroup());
	}

	@Override
	public synchronized void stop() {
		Thread loop = this.thread;
		this.running = false;
		this.thread = null;
		if (loop == null) {
			return;
		}
		try {
			loop.join(this.settings.blockTimeout().plusSeconds(3).toMillis());
			if (loop.isAlive()) {
				loop.interrupt();
				loop.join(5_000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		while (this.running) {
			try {
				pollOnce();
				if (this.backoff.reset()) {
					log.info("Event consumer {} recovered", this.consumer.getName());
				}
			}
			catch (RuntimeException ex) {
				this.groups.onFailure(ex);
				if (!this.backoff.failing()) {
					log.warn("Event consumer {} failed ({}); retrying with backoff", this.consumer.getName(),
							ex.toString());
				}
				pause(this.backoff.next());
			}
		}
	}

	private void pollOnce() {
		this.groups.ensure();
		this.reclaimer.reclaimIfDue();
		@SuppressWarnings("unchecked")
		StreamOffset<String>[] offsets = this.streams.stream()
			.map((stream) -> StreamOffset.create(stream, ReadOffset.lastConsumed()))
			.toArray(StreamOffset[]::new);
		List<MapRecord<String, Object, Object>> messages = this.redis.opsForStream()
			.read(this.consumer,
					StreamReadOptions.empty().count(this.settings.batchSize()).block(this.settings.blockTimeout()),
					offsets);
		if (messages != null) {
			for (MapRecord<String, Object, Object> message : messages) {
				if (!this.running) {
					return;
				}
				this.dispatcher.dispatch(message);
			}
		}
		this.purge.runIfDue();
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
