package org.shengshi.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.localstack.PlatformService;
import org.shengshi.localstack.RunningStack;
import org.shengshi.localstack.Sandbox;
import org.shengshi.localstack.StackConfig;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected into the running platform while a resident keeps filing cases the way
 * the app does (one Idempotency-Key per application, retried with the same key until it
 * succeeds): every application ends as exactly one case, every failure the resident sees
 * is a clear problem+json, and no event is lost. While the payment channel resets
 * connections or answers too slowly, residents pay case fees through it
 * ({@link ChannelPayments}): every payment completes after recovery, once. Each test
 * prints one row for the fault table of docs/performance.md.
 */
@ExtendWith(LocalStackExtension.class)
class FaultIT {

	private static final String RESIDENT_PERMIT = "居住证申领";

	private static JsonNode itemVersion;

	@BeforeAll
	static void findTheItem(Platform platform) {
		HttpResult hits = platform.gatewayGet("/api/v1/catalog/search?q="
				+ java.net.URLEncoder.encode(RESIDENT_PERMIT, java.nio.charset.StandardCharsets.UTF_8), null);
		String code = hits.json().path("results").get(0).path("itemCode").asString();
		itemVersion = CatalogItems.currentVersion(platform, code);
	}

	@Test
	void caseServiceKilledWhileFilingLosesNoApplicationAndDuplicatesNone(Platform platform, RunningStack stack) {
		Filing filing = Filing.begin(platform, 30, 10);

		stack.faults().killService(PlatformService.CASES);
		int beforeFault = filing.run().requests();
		filing.file(10, 30);
		int duringFault = filing.run().requests() - beforeFault;
		stack.faults().restartService(PlatformService.CASES);

		filing.completeAndCheck(null, "case-service killed (SIGKILL) and restarted", duringFault);
	}

	@Test
	void redisStoppedWhileFilingLosesNoApplicationAndNoEvent(Platform platform, RunningStack stack) {
		Filing filing = Filing.begin(platform, 20, 5);

		stack.faults().stopRedis();
		int beforeFault = filing.run().requests();
		try {
			filing.file(5, 20);
			for (int i = 0; i < 10; i++) {
				filing.run().count(platform.gatewayGet("/api/v1/catalog/search?q=%E6%8A%A4%E7%85%A7", null));
			}
		}
		finally {
			stack.faults().startRedis();
		}
		int duringFault = filing.run().requests() - beforeFault;

		filing.completeAndCheck(stack, "Redis stopped and restarted", duringFault);
	}

	@Test
	void databaseConnectionsCutWhileFilingLoseNoApplicationAndDuplicateNone(Platform platform, RunningStack stack) {
		Filing filing = Filing.begin(platform, 20, 5);

		int beforeFault = filing.run().requests();
		int cut = 0;
		for (int round = 0; round < 3; round++) {
			cut += stack.faults().cutDatabaseConnections();
			filing.file(5 + round * 5, 10 + round * 5);
			filing.run().count(platform.gatewayGet("/api/v1/cases?limit=5", filing.token()));
		}
		int duringFault = filing.run().requests() - beforeFault;
		assertThat(cut).as("connections cut").isPositive();

		filing.completeAndCheck(stack, "every MariaDB connection cut, 3 times (" + cut + " connections)", duringFault);
	}

	@Test
	void paymentChannelResettingConnectionsLosesNoPaymentAndChargesNoneTwice(Platform platform, RunningStack stack) {
		payThroughAChannelFault(platform, stack, () -> stack.faults().resetSandboxConnections(Sandbox.WECHAT_PAY),
				"WeChat Pay channel resetting every connection");
	}

	@Test
	void paymentChannelSlowerThanTheReadTimeoutLosesNoPaymentAndChargesNoneTwice(Platform platform,
			RunningStack stack) {
		Duration delay = StackConfig.CHANNEL_READ_TIMEOUT.plusSeconds(2);
		payThroughAChannelFault(platform, stack, () -> stack.faults().slowSandbox(Sandbox.WECHAT_PAY, delay),
				"WeChat Pay channel answering after " + delay.toSeconds() + " s (read timeout "
						+ StackConfig.CHANNEL_READ_TIMEOUT.toSeconds() + " s)");
	}

	/**
	 * Six fees (two residents, three cases each) asked to be paid through WeChat Pay
	 * while {@code fault} is on; then the fault is cleared and every payment must
	 * complete, once.
	 */
	private static void payThroughAChannelFault(Platform platform, RunningStack stack, Runnable fault,
			String description) {
		ChannelPayments paying = ChannelPayments.awaitingPayment(platform, stack, 2, 3);

		fault.run();
		int duringFault;
		try {
			paying.askOnce();
			duringFault = paying.run().requests();
		}
		finally {
			stack.faults().clearSandboxFaults(Sandbox.WECHAT_PAY);
		}

		paying.completeAndCheck(description, duringFault);
	}

	/**
	 * A fresh verified resident who has already filed the first {@code initial} of
	 * {@code total} applications before the fault.
	 */
	private record Filing(String token, FaultTolerance run, Set<String> before, List<String> keys) {

		static Filing begin(Platform platform, int total, int initial) {
			Residents residents = new Residents(platform);
			String token = residents.token(residents.verifyRealName(residents.signUp(), "周立新"));
			FaultTolerance run = new FaultTolerance(platform);
			Set<String> before = run.ownCaseIds(token);
			List<String> keys = newKeys(total);
			fileAll(run, token, keys.subList(0, initial));
			return new Filing(token, run, before, keys);
		}

		/** Files applications {@code from} to {@code to} once each (during a fault). */
		void file(int from, int to) {
			this.keys.subList(from, to).forEach((key) -> this.run.file(this.token, itemVersion, key));
		}

		/**
		 * Retries every application until it succeeds, then checks one case per key, no
		 * unclear error and (with a stack) every {@code case.submitted} event in the
		 * stream; prints the fault table row.
		 */
		void completeAndCheck(RunningStack eventsOf, String fault, int duringFault) {
			fileAll(this.run, this.token, this.keys);
			int violated = checkOneCasePerKey(this.run, this.token, this.before, this.keys);
			if (eventsOf != null) {
				violated += missingSubmittedEvents(eventsOf, Set.copyOf(this.run.caseIdsByKey().values()));
			}
			System.out.println("FAULT-TABLE " + this.run.report(fault, duringFault, violated));
			assertThat(this.run.badAnswers()).isEmpty();
			assertThat(violated).isZero();
		}

	}

	/**
	 * Retries every application until it succeeds, as the app does (bounded: 90 s).
	 */
	private static void fileAll(FaultTolerance run, String token, List<String> keys) {
		List<String> pending = new ArrayList<>(
				keys.stream().filter((k) -> !run.caseIdsByKey().containsKey(k)).toList());
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!pending.isEmpty() && System.nanoTime() < deadline) {
			pending.removeIf((key) -> run.file(token, itemVersion, key));
			if (!pending.isEmpty()) {
				sleep(500);
			}
		}
		assertThat(pending).as("applications never accepted").isEmpty();
	}

	/**
	 * Each key gave one case, each of them is in the resident's list, and no other new
	 * case appeared: the number of violations.
	 */
	private static int checkOneCasePerKey(FaultTolerance run, String token, Set<String> before, List<String> keys) {
		Set<String> after = new HashSet<>(run.ownCaseIds(token));
		after.removeAll(before);
		Set<String> filed = Set.copyOf(run.caseIdsByKey().values());
		int violations = Math.abs(after.size() - keys.size());
		violations += (int) filed.stream().filter((id) -> !after.contains(id)).count();
		return violations + run.badAnswers().size();
	}

	/**
	 * Cases whose {@code case.submitted} event never reached the stream (waits up to 60 s
	 * for the outbox relay to catch up after Redis came back).
	 */
	private static int missingSubmittedEvents(RunningStack stack, Set<String> caseIds) {
		try (EventStreams streams = new EventStreams(stack)) {
			Map<String, Integer> counts = Eventually.await("case.submitted events of " + caseIds.size() + " cases",
					Duration.ofSeconds(60), () -> streams.count("case-service", "case.submitted", caseIds),
					(found) -> !found.containsValue(0));
			return (int) counts.values().stream().filter((count) -> count == 0).count();
		}
		catch (AssertionError ex) {
			System.out.println(ex.getMessage());
			return caseIds.size();
		}
	}

	private static List<String> newKeys(int count) {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keys.add("fault-" + UUID.randomUUID());
		}
		return keys;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
