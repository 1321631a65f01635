package org.shengshi.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies committed outbox rows to the Redis Stream of their source, on one background
 * thread. Each batch is a short transaction that locks unrelayed rows with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances share the work), {@code XADD}s
 * them in order and marks them relayed. When Redis is unreachable the rows stay unrelayed
 * and the relay retries with exponential backoff. A crash after {@code XADD} but before
 * the commit relays the row again: consumers deduplicate by event id.
 * <p>
 * A transaction of this instance that wrote outbox rows wakes the relay when it commits
 * ({@link #wake()}), so events leave within milliseconds; the poll, every
 * {@code poll-interval} while the outbox is empty, finds the rows no wake-up announced
 * (those of an instance that stopped before relaying them).
 */
final class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/**
	 * How long stopping waits for a running batch before interrupting it (its transaction
	 * then rolls back and the rows are relayed again later).
	 */
	private static final Duration STOP_GRACE = Duration.ofSeconds(5);

	private final OutboxRepository outbox;

	private final StringRedisTemplate redis;

	private final TransactionTemplate transactions;

	private final EventsProperties.Relay settings;

	private final PeriodicPurge purge;

	private final Clock clock;

	private final Backoff backoff;

	private volatile ScheduledExecutorService executor;

	/** Guards {@link #next} and {@link #woken}. */
	private final Object scheduling = new Object();

	/** The next batch, while it waits for its turn. */
	private ScheduledFuture<?> next;

	/** A wake-up came while a batch ran: the next batch runs at once. */
	private boolean woken;

	/** The last batch failed: wake-ups wait for the backoff. */
	private volatile boolean failing;

	OutboxRelay(OutboxRepository outbox, StringRedisTemplate redis, TransactionTemplate transactions,
			EventsProperties properties, Clock clock) {
		this.outbox = outbox;
		this.redis = redis;
		this.transactions = transactions;
		this.settings = properties.relay();
		this.clock = clock;
		this.backoff = new Backoff(this.settings.pollInterval(), this.settings.maxBackoff());
		this.purge = new PeriodicPurge("event_outbox", properties.outboxRetention(), properties.cleanupInterval(),
				clock, outbox::deleteRelayedBefore);
	}

	@Override
	public synchronized void start() {
		if (this.executor != null) {
			return;
		}
		ScheduledThreadPoolExecutor relayThread = new ScheduledThreadPoolExecutor(1,
				new CustomizableThreadFactory("outbox-relay-"));
		relayThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.executor = relayThread;
		relayThread.execute(this::tick);
	}

	/**
	 * Relays soon: called after a transaction that wrote outbox rows committed. Brings
	 * the next batch forward to now unless the relay is stopped or backing off after a
	 * failure; several wake-ups before that batch runs make one batch.
	 */
	void wake() {
		ScheduledExecutorService current = this.executor;
		if (current == null || this.failing) {
			return;
		}
		synchronized (this.scheduling) {
			ScheduledFuture<?> waiting = this.next;
			if (waiting != null && waiting.getDelay(TimeUnit.MILLISECONDS) > 0 && waiting.cancel(false)) {
				this.next = schedule(current, Duration.ZERO);
			}
			else {
				// a batch runs now or is about to; it may have claimed its rows
				// before this commit, so another one follows it at once
				this.woken = true;
			}
		}
	}

	@Override
	public synchronized void stop() {
		ScheduledExecutorService current = this.executor;
		if (current == null) {
			return;
		}
		this.executor = null;
		current.shutdown();
		try {
			if (!current.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				current.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			current.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private void tick() {
		Duration delay;
		try {
			int relayed = relayBatch();
			if (this.backoff.reset()) {
				log.info("Outbox relay recovered; relaying again");
			}
			this.purge.runIfDue();
			delay = (relayed >= this.settings.batchSize()) ? Duration.ZERO : this.settings.pollInterval();
		}
		catch (RuntimeException ex) {
			if (!this.backoff.failing()) {
				log.warn("Outbox relay failed ({}); events stay in event_outbox and are retried with backoff",
						ex.toString());
			}
			delay = this.backoff.next();
		}
		this.failing = this.backoff.failing();
		scheduleNext(delay);
	}

	private void scheduleNext(Duration delay) {
		ScheduledExecutorService current = this.executor;
		if (current == null) {
			return;
		}
		synchronized (this.scheduling) {
			boolean soon = this.woken && !this.failing;
			this.woken = false;
			this.next = schedule(current, soon ? Duration.ZERO : delay);
		}
	}

	private ScheduledFuture<?> schedule(ScheduledExecutorService current, Duration delay) {
		try {
			return current.schedule(this::tick, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopping
			return null;
		}
	}

	/**
	 * Relays one batch.
	 * @return how many rows were relayed
	 * @throws DataAccessException when Redis or the database failed; rows relayed before
	 * the failure are marked, the rest stay unrelayed
	 */
	int relayBatch() {
		BatchResult result = this.transactions.execute((status) -> relayLockedRows());
		if (result.failure() != null) {
			throw result.failure();
		}
		return result.relayed();
	}

	private BatchResult relayLockedRows() {
		List<OutboxRepository.PendingEvent> rows = this.outbox.lockUnrelayed(this.settings.batchSize());
		List<String> relayed = new ArrayList<>(rows.size());
		DataAccessException failure = null;
		for (OutboxRepository.PendingEvent row : rows) {
			try {
				append(row);
				relayed.add(row.id());
			}
			catch (DataAccessException ex) {
				this.outbox.countFailedAttempt(row.id());
				failure = ex;
				break;
			}
		}
		this.outbox.markRelayed(relayed, this.clock.instant());
		return new BatchResult(relayed.size(), failure);
	}

	private void append(OutboxRepository.PendingEvent row) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", row.id());
		fields.put("type", row.type());
		fields.put("event", row.payload());
		this.redis.opsForStream()
			.add(StreamRecords.newRecord().in(EventStreams.of(row.source())).ofMap(fields),
					XAddOptions.maxlen(this.settings.streamMaxLength()).approximateTrimming(true));
	}

	private record BatchResult(int relayed, DataAccessException failure) {
	}

}
