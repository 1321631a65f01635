package org.shengshi.platform.events;

/**
 * Names of the Redis keys the platform uses for events.
 */
public final class EventStreams {

	/**
	 * Prefix of every event stream; the source service's name follows.
	 */
	public static final String PREFIX = "shengshi:events:";

	private EventStreams() {
	}

	/**
	 * The stream a service's events are relayed to: {@code shengshi:events:<source>}.
	 */
	public static String of(String source) {
		return PREFIX + source;
	}

	/**
	 * The dead-letter stream of a consumer group: {@code shengshi:events:dlq:<consumer>}.
	 */
	public static String deadLetters(String consumer) {
		return PREFIX + "dlq:" + consumer;
	}

}
