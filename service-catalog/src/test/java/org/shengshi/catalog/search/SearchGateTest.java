package org.shengshi.catalog.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchGateTest {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void atMostThePermittedNumberRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
		SearchGate gate = new SearchGate(2, Duration.ofSeconds(10));
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			int number = i;
			results.add(this.threads.submit(() -> gate.run(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				await(release);
				running.decrementAndGet();
				return number;
			})));
		}
		awaitWaiting(gate, 4);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (running.get() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}

		assertThat(running.get()).isEqualTo(2);
		release.countDown();
		for (int i = 0; i < results.size(); i++) {
			assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
		}
		assertThat(most.get()).isEqualTo(2);
		assertThat(gate.waiting()).isZero();
	}

	@Test
	void aSearchThatGetsNoTurnWithinTheWaitIsRefusedWithoutRunning() throws Exception {
		SearchGate gate = new SearchGate(1, Duration.ofMillis(50));
		CountDownLatch release = new CountDownLatch(1);
		Future<Object> holder = hold(gate, release);
		AtomicBoolean ran = new AtomicBoolean();

		long started = System.nanoTime();
		assertThatThrownBy(() -> gate.run(() -> ran.getAndSet(true))).isInstanceOf(SearchBusyException.class)
			.hasMessageContaining("50 ms");

		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
		assertThat(ran).isFalse();
		release.countDown();
		holder.get(10, TimeUnit.SECONDS);
		assertThat(gate.run(() -> "after")).isEqualTo("after");
	}

	@Test
	void anInterruptedWaiterIsRefusedAndKeepsItsInterrupt() throws Exception {
		SearchGate gate = new SearchGate(1, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		Future<Object> holder = hold(gate, release);
		AtomicBoolean interruptKept = new AtomicBoolean();
		CountDownLatch refused = new CountDownLatch(1);
		Future<?> waiter = this.threads.submit(() -> {
			try {
				gate.run(() -> "never");
			}
			catch (SearchBusyException ex) {
				interruptKept.set(Thread.currentThread().isInterrupted());
				refused.countDown();
			}
		});
		awaitWaiting(gate, 1);

		waiter.cancel(true);

		assertThat(refused.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(interruptKept).isTrue();
		release.countDown();
		holder.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aSearchThatFailsGivesItsTurnBack() {
		SearchGate gate = new SearchGate(1, Duration.ZERO);

		assertThatThrownBy(() -> gate.run(() -> {
			throw new IllegalStateException("index closed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(gate.run(() -> "next")).isEqualTo("next");
	}

	@Test
	void addsUpTheRunsAndTheCpuTimeSpentInThem() {
		SearchGate gate = new SearchGate(1, Duration.ZERO);
		long cpuPerRun = TimeUnit.MILLISECONDS.toNanos(20);

		for (int i = 0; i < 3; i++) {
			gate.run(() -> spinFor(cpuPerRun));
		}
		assertThatThrownBy(() -> gate.run(() -> {
			throw new IllegalStateException("index closed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(gate.runs()).isEqualTo(4);
		assertThat(gate.cpuNanos()).isGreaterThanOrEqualTo(3 * cpuPerRun);
	}

	@Test
	void refusesNoTurnsOrANegativeWait() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchGate(0, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchGate(2, Duration.ofMillis(-1)));
		assertThat(new SearchGate(3, Duration.ZERO).permits()).isEqualTo(3);
	}

	/** Takes the gate's only turn until {@code release}. */
	private Future<Object> hold(SearchGate gate, CountDownLatch release) throws InterruptedException {
		CountDownLatch holding = new CountDownLatch(1);
		Future<Object> holder = this.threads.submit(() -> gate.run(() -> {
			holding.countDown();
			return await(release);
		}));
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		return holder;
	}

	private static void awaitWaiting(SearchGate gate, int waiting) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (gate.waiting() != waiting && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(gate.waiting()).isEqualTo(waiting);
	}

	/** Burns at least {@code nanos} of this thread's CPU time. */
	private static long spinFor(long nanos) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		long spins = 0;
		while (threads.getCurrentThreadCpuTime() - start < nanos) {
			spins++;
		}
		return spins;
	}

	private static Object await(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
