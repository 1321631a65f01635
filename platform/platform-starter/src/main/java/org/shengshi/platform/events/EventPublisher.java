package org.shengshi.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Publishes events through the transactional outbox: the event is a row in
 * {@code event_outbox}, written by the caller's transaction, so it exists exactly when
 * the state change it reports was committed. A background relay copies it to the Redis
 * Stream {@code shengshi:events:<source>}, woken when the transaction commits.
 */
public final class EventPublisher {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*");

	private static final int MAX_TYPE_LENGTH = 128;

	private static final int MAX_SUBJECT_LENGTH = 128;

	private final String source;

	private final OutboxRepository outbox;

	private final EnvelopeCodec codec;

	private final TraceparentProvider traceparent;

	private final Clock clock;

	private final TransactionSynchronization wakeRelayOnCommit;

	/**
	 * @param afterCommit run after a transaction that published commits (wakes this
	 * instance's relay)
	 */
	EventPublisher(String source, OutboxRepository outbox, EnvelopeCodec codec, TraceparentProvider traceparent,
			Clock clock, Runnable afterCommit) {
		this.source = source;
		this.outbox = outbox;
		this.codec = codec;
		this.traceparent = traceparent;
		this.clock = clock;
		this.wakeRelayOnCommit = new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				afterCommit.run();
			}
		};
	}

	/**
	 * Publishes an event with data version 1.
	 * @see #publish(String, String, Object, int)
	 */
	public EventEnvelope publish(String type, String subject, Object data) {
		return publish(type, subject, data, 1);
	}

	/**
	 * Writes the event to the outbox within the current transaction.
	 * @param type event type such as {@code case.completed} (lower case, dot separated)
	 * @param subject what the event is about, usually an opaque id; may be {@code null}
	 * @param data the payload, converted to JSON with the application's mapper (a record)
	 * @param dataVersion version of the payload's shape, at least 1
	 * @return the envelope as it was stored
	 * @throws IllegalStateException when no transaction is active
	 */
	public EventEnvelope publish(String type, String subject, Object data, int dataVersion) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("EventPublisher.publish(" + type + ") needs an active transaction: "
					+ "call it from a @Transactional method so the event commits with the state change");
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("EventPublisher.publish(" + type + ") needs a read-write transaction");
		}
		Assert.isTrue(type != null && type.length() <= MAX_TYPE_LENGTH && TYPE.matcher(type).matches(),
				() -> "event type must be lower case words separated by '.', '_' or '-': " + type);
		Assert.isTrue(subject == null || subject.length() <= MAX_SUBJECT_LENGTH,
				"event subject must be at most " + MAX_SUBJECT_LENGTH + " characters");
		Assert.notNull(data, "event data must not be null");
		Assert.isTrue(dataVersion >= 1, "event data version must be at least 1");
		Instant time = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		EventEnvelope envelope = new EventEnvelope(UuidV7.at(time).toString(), type, this.source, subject, time,
				dataVersion, this.codec.toTree(data), this.traceparent.current());
		this.outbox.insert(envelope, this.codec.encode(envelope));
		// without synchronization (a transaction manager set never to synchronize) the
		// poll finds the row
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.getSynchronizations().contains(this.wakeRelayOnCommit)) {
			TransactionSynchronizationManager.registerSynchronization(this.wakeRelayOnCommit);
		}
		return envelope;
	}

}
