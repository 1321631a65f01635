package org.shengshi.platform.events;

/**
 * Handles events of another (or the same) service. Declare implementations as beans; the
 * starter reads the source's stream in a consumer group named after this service and
 * calls {@link #handle} in one database transaction together with the inbox insert, so an
 * event that Redis delivers twice has one effect. A handler that throws rolls that
 * transaction back; the event is retried later and moved to the dead-letter stream after
 * {@code shengshi.events.consumer.max-deliveries} attempts.
 */
public interface EventHandler {

	/**
	 * The producing service whose stream this handler reads, such as
	 * {@code case-service}.
	 */
	String sourceStream();

	/**
	 * Whether this handler wants events of the given type, such as
	 * {@code case.completed}.
	 */
	boolean handles(String type);

	/**
	 * Applies the event. Runs inside a transaction; throw to have it retried.
	 */
	void handle(EventEnvelope event);

}
