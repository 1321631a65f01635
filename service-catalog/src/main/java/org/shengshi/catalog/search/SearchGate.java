package org.shengshi.catalog.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Lets at most {@code permits} searches run in the index at once; the others wait for a
 * turn, each for at most {@code wait}. A search is pure CPU work, so more at once than
 * there are cores does not finish sooner. And in a freshly started JVM it slows every
 * search down: with 32 callers searching at once on two cores, searches still cost
 * 1.0–1.9 ms of CPU each after 80,000 of them (likely because the JIT compilers get
 * little CPU), against 0.54–0.61 ms from the second 20,000 on with two turns
 * ({@code IndexConcurrency}, docs/performance.md "Session 9"). Turns are not handed out
 * in strict arrival order: a search arriving just as a turn is freed may take it, which
 * saves a thread switch per search (a strictly fair gate cost 10–25 % more CPU per search
 * when every turn was busy). It also adds up the CPU time the searches spend in the
 * index, so that what the index costs can be told apart from what the request around it
 * costs. Thread-safe.
 */
public final class SearchGate {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Semaphore turns;

	private final LongAdder runs = new LongAdder();

	private final LongAdder cpuNanos = new LongAdder();

	private final boolean cpuMeasured = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

	private final int permits;

	private final long waitNanos;

	private final Duration wait;

	/**
	 * A gate letting {@code permits} searches run at once, each waiting at most
	 * {@code wait} for its turn.
	 */
	public SearchGate(int permits, Duration wait) {
		if (permits < 1) {
			throw new IllegalArgumentException("at least one search must be allowed to run, got " + permits);
		}
		if (wait.isNegative()) {
			throw new IllegalArgumentException("the longest wait for a turn cannot be negative, got " + wait);
		}
		this.permits = permits;
		this.turns = new Semaphore(permits);
		this.wait = wait;
		this.waitNanos = wait.toNanos();
	}

	/**
	 * Runs {@code work} once a turn is free.
	 * @throws SearchBusyException when no turn came within the wait, or the waiting
	 * thread was interrupted (its interrupt flag is then set again)
	 */
	public <T> T run(Supplier<T> work) {
		try {
			if (!this.turns.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS)) {
				throw new SearchBusyException(this.wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchBusyException(this.wait);
		}
		long cpuBefore = this.cpuMeasured ? THREADS.getCurrentThreadCpuTime() : 0;
		try {
			return work.get();
		}
		finally {
			if (this.cpuMeasured) {
				this.cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
			}
			this.runs.increment();
			this.turns.release();
		}
	}

	/** Searches allowed to run at once. */
	public int permits() {
		return this.permits;
	}

	/** Searches that have had their turn so far, failed ones included. */
	public long runs() {
		return this.runs.sum();
	}

	/**
	 * CPU time the searches have spent in the index so far, in nanoseconds; 0 where the
	 * JVM cannot measure a thread's CPU time.
	 */
	public long cpuNanos() {
		return this.cpuNanos.sum();
	}

	/** Searches waiting for a turn now (an estimate, for metrics). */
	public int waiting() {
		return this.turns.getQueueLength();
	}

}
