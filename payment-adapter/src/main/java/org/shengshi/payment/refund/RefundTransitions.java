package org.shengshi.payment.refund;

import java.util.EnumMap;
import java.util.Map;

import static org.shengshi.payment.refund.RefundEvent.CHANNEL_ABNORMAL;
import static org.shengshi.payment.refund.RefundEvent.CHANNEL_ACCEPTED;
import static org.shengshi.payment.refund.RefundEvent.CHANNEL_FAILED;
import static org.shengshi.payment.refund.RefundEvent.CHANNEL_SUCCEEDED;
import static org.shengshi.payment.refund.RefundStatus.ABNORMAL;
import static org.shengshi.payment.refund.RefundStatus.FAILED;
import static org.shengshi.payment.refund.RefundStatus.PROCESSING;
import static org.shengshi.payment.refund.RefundStatus.REQUESTED;
import static org.shengshi.payment.refund.RefundStatus.SUCCEEDED;

/**
 * The refund status × event table. Every pair is applied (moves), already applied
 * (duplicate or late answer: acknowledge, change nothing) or rejected (with an anomaly
 * when money and state disagree). Terminal states never change.
 */
public final class RefundTransitions {

	private static final Map<RefundStatus, Map<RefundEvent, String>> TABLE = new EnumMap<>(RefundStatus.class);

	static {
		row(REQUESTED, "→PROCESSING", "→SUCCEEDED", "→FAILED", "→ABNORMAL");
		row(PROCESSING, "=", "→SUCCEEDED", "→FAILED", "→ABNORMAL");
		row(ABNORMAL, "→PROCESSING", "→SUCCEEDED", "→FAILED", "=");
		row(SUCCEEDED, "=", "=", "x:FAILED_AFTER_SUCCEEDED", "x:ABNORMAL_AFTER_SUCCEEDED");
		row(FAILED, "x", "x:SUCCEEDED_AFTER_FAILED", "=", "x");
	}

	private RefundTransitions() {
	}

	/** What {@code event} does to a refund in {@code from}. Total over every pair. */
	public static Decision decide(RefundStatus from, RefundEvent event) {
		String cell = TABLE.get(from).get(event);
		if (cell.startsWith("→")) {
			return new Decision(Kind.APPLIED, RefundStatus.valueOf(cell.substring(1)), null);
		}
		if (cell.equals("=")) {
			return new Decision(Kind.ALREADY_APPLIED, from, null);
		}
		return new Decision(Kind.REJECTED, from, cell.startsWith("x:") ? cell.substring(2) : null);
	}

	private static void row(RefundStatus from, String accepted, String succeeded, String failed, String abnormal) {
		Map<RefundEvent, String> cells = new EnumMap<>(RefundEvent.class);
		cells.put(CHANNEL_ACCEPTED, accepted);
		cells.put(CHANNEL_SUCCEEDED, succeeded);
		cells.put(CHANNEL_FAILED, failed);
		cells.put(CHANNEL_ABNORMAL, abnormal);
		TABLE.put(from, cells);
	}

	/** How a decision treats the refund. */
	public enum Kind {

		APPLIED, ALREADY_APPLIED, REJECTED

	}

	/**
	 * @param kind applied, already applied or rejected
	 * @param to the status after the event ({@code from} unless applied)
	 * @param anomaly why a rejected event deserves an operator's eye, else {@code null}
	 */
	public record Decision(Kind kind, RefundStatus to, String anomaly) {

		public boolean isApplied() {
			return this.kind == Kind.APPLIED;
		}

	}

}
