package org.shengshi.e2e.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.shengshi.platform.test.bench.LoopbackHttp;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's load test, against a running local stack (started with
 * {@code ./shengshi}), loopback only, every phase bounded in requests and time.
 *
 * <ol>
 * <li><b>overhead</b>: one authenticated endpoint ({@code GET /api/v1/identity/me} with a
 * resident's token) directly on identity-service and through the gateway (JWT check, rate
 * limits, routing, circuit breaker) in the same run: maximum throughput, each path's best
 * with 16 and with 32 callers, then latency at a constant 500 requests/s, with the CPU
 * time per request of the gateway and identity-service processes: first in two separate
 * phases, then in 1 s turns within one phase, so both paths meet the same machine.</li>
 * <li><b>mixed</b>: a resident workload through the gateway at a constant rate: search
 * (40%), view an item (30%), view my cases (20%), show and verify a QR code (10%).</li>
 * </ol>
 *
 * Beside each constant-rate phase it reports what the kernel's memory-access monitor took
 * meanwhile ({@link MemoryMonitor}): on some hosts it keeps a core for tens of
 * milliseconds at a time, which shows in the tail; and the share of the CPU time the
 * hypervisor gave to other machines.
 * <p>
 * Usage: {@code LoadTest [overhead|mixed|all|gateways] [rate] [seconds]}; the stack's
 * port offset comes from {@code SHENGSHI_PORT_OFFSET}. Prints Markdown tables for
 * {@code docs/performance.md}.
 */
public final class LoadTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> KEYWORDS = List.of("居住证", "办身份证", "护照", "营业执照", "结婚登记", "养老资格认证", "公积金提取",
			"出生医学证明", "社保卡", "驾驶证换证", "不动产登记", "失业金");

	/** The driver's threads, and so the most concurrent callers a phase can have. */
	private static final int MAX_CALLER_COUNT = 128;

	private static final int WARM_UP_SECONDS = 10;

	private static final int MAX_WARM_UP_ROUNDS = 18;

	private static final double STEADY_CHANGE = 0.05;

	/**
	 * Share of a round's wall time below which the services' JIT compilers count as done.
	 */
	private static final double SETTLED_COMPILER_SHARE = 0.05;

	/**
	 * The numbers of concurrent callers for which the overhead scenario measures each
	 * path's maximum throughput ({@code SHENGSHI_LOAD_CALLERS}, comma-separated; default
	 * 16 and 32); each path's maximum is its best phase. A path through the gateway has
	 * two hops, each holding requests, so it may need more requests in flight than the
	 * direct path to keep both cores busy (docs/performance.md, session 19).
	 */
	private static final List<Integer> MAX_CALLERS = callerCounts(System.getenv("SHENGSHI_LOAD_CALLERS"));

	/** Length of each path's turn when the two are measured in turns. */
	private static final Duration TURN = Duration.ofSeconds(1);

	private LoadTest() {
	}

	static List<Integer> callerCounts(String setting) {
		if (setting == null || setting.isBlank()) {
			return List.of(16, 32);
		}
		List<Integer> counts = new ArrayList<>();
		for (String part : setting.split(",")) {
			int callers;
			try {
				callers = Integer.parseInt(part.strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("SHENGSHI_LOAD_CALLERS: '" + part.strip() + "' is not a number", ex);
			}
			if (callers < 1 || callers > MAX_CALLER_COUNT) {
				throw new IllegalArgumentException(
						"SHENGSHI_LOAD_CALLERS: each count must be 1 to " + MAX_CALLER_COUNT + ", not " + callers);
			}
			counts.add(callers);
		}
		return List.copyOf(counts);
	}

	public static void main(String[] args) throws Exception {
		String scenario = (args.length > 0) ? args[0] : "all";
		int rate = (args.length > 1) ? Integer.parseInt(args[1]) : 500;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 20;
		Targets targets = new Targets(Integer.parseInt(System.getenv().getOrDefault("SHENGSHI_PORT_OFFSET", "0")));
		Setup setup = new Setup(targets);
		System.out.printf("Shengshi load test, %s, %d cores, load average %.2f%n", Instant.now(),
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		try (LoadDriver driver = new LoadDriver(MAX_CALLER_COUNT)) {
			if (scenario.equals("overhead") || scenario.equals("all")) {
				overhead(driver, targets, setup, rate, seconds);
			}
			if (scenario.equals("mixed") || scenario.equals("all")) {
				mixed(driver, targets, setup, rate, seconds);
			}
			if (scenario.equals("gateways")) {
				gateways(driver, targets, setup, rate, seconds);
			}
		}
	}

	private static void overhead(LoadDriver driver, Targets targets, Setup setup, int rate, int seconds) {
		AtomicReference<String> token = new AtomicReference<>(setup.userToken("resident1"));
		Call direct = Call.get((n) -> targets.identity() + "/api/v1/identity/me", (n) -> token.get());
		Call proxied = Call.get((n) -> targets.gateway() + "/api/v1/identity/me", (n) -> token.get());
		ProcessCpu cpu = ProcessCpu.of("gateway", "identity-service");
		driver.closed("warm-up direct", direct, 8, 10);
		warmUp(driver, "gateway", proxied, cpu);
		renewToken(token, setup);
		List<Stats> phases = new ArrayList<>();
		double bestDirect = 0;
		double bestProxied = 0;
		for (int callers : MAX_CALLERS) {
			Stats directMax = driver.closed("max throughput, direct, " + callers + " callers", direct, callers,
					seconds);
			Stats proxiedMax = driver.closed("max throughput, gateway, " + callers + " callers", proxied, callers,
					seconds);
			phases.add(directMax);
			phases.add(proxiedMax);
			bestDirect = Math.max(bestDirect, directMax.perSecond());
			bestProxied = Math.max(bestProxied, proxiedMax.perSecond());
		}
		MemoryMonitor monitor = MemoryMonitor.find();
		Map<String, Duration> before = cpu.snapshot();
		MemoryMonitor.Watched<Stats> directAtRate = monitor
			.during(() -> driver.open("constant " + rate + "/s, direct", direct, rate, seconds));
		String directCpu = cpu.perRequest(before, directAtRate.result());
		before = cpu.snapshot();
		MemoryMonitor.Watched<Stats> proxiedAtRate = monitor
			.during(() -> driver.open("constant " + rate + "/s, gateway", proxied, rate, seconds));
		String proxiedCpu = cpu.perRequest(before, proxiedAtRate.result());
		String turns = "in " + TURN.toSeconds() + " s turns at " + rate + "/s, ";
		MemoryMonitor.Watched<List<Stats>> inTurns = monitor
			.during(() -> driver.inTurns(turns + "direct", direct, turns + "gateway", proxied, rate, seconds, TURN));
		Stats directStats = directAtRate.result();
		Stats proxiedStats = proxiedAtRate.result();
		List<Stats> turnsStats = inTurns.result();
		phases.add(directStats);
		phases.add(proxiedStats);
		phases.addAll(turnsStats);
		print("overhead: GET /api/v1/identity/me with a resident token", phases);
		System.out.printf("CPU per request at %d/s: direct: %s; through the gateway: %s%n", rate, directCpu,
				proxiedCpu);
		System.out.printf("host at %d/s: direct: %s; through the gateway: %s; in turns: %s%n", rate,
				directAtRate.describe(), proxiedAtRate.describe(), inTurns.describe());
		System.out.printf(
				"gateway/direct max throughput: %.2f (the best phase of each path, %s callers); at %d/s in separate"
						+ " phases: p99 added %.2f ms, p50 added %.2f ms; in %d s turns: p99 added %.2f ms, p50 added"
						+ " %.2f ms%n",
				bestProxied / bestDirect, MAX_CALLERS, rate, proxiedStats.millis(0.99) - directStats.millis(0.99),
				proxiedStats.millis(0.50) - directStats.millis(0.50), TURN.toSeconds(),
				turnsStats.get(1).millis(0.99) - turnsStats.get(0).millis(0.99),
				turnsStats.get(1).millis(0.50) - turnsStats.get(0).millis(0.50));
	}

	/**
	 * The stack's gateway against a second one, a changed build or other settings,
	 * started beside it from a jar named {@code gateway-b.jar} on port
	 * {@code SHENGSHI_LOAD_SECOND_GATEWAY_PORT} and proxying to the same
	 * identity-service. Both meet the same machine: three pairs of maximum-throughput
	 * phases in alternation, then both at the constant rate in 1 s turns; each gateway's
	 * CPU per request.
	 */
	private static void gateways(LoadDriver driver, Targets targets, Setup setup, int rate, int seconds) {
		String port = System.getenv("SHENGSHI_LOAD_SECOND_GATEWAY_PORT");
		if (port == null) {
			throw new IllegalStateException("set SHENGSHI_LOAD_SECOND_GATEWAY_PORT to the second gateway's port");
		}
		AtomicReference<String> token = new AtomicReference<>(setup.userToken("resident1"));
		Call first = Call.get((n) -> targets.gateway() + "/api/v1/identity/me", (n) -> token.get());
		Call second = Call.get((n) -> "http://127.0.0.1:" + port + "/api/v1/identity/me", (n) -> token.get());
		ProcessCpu firstCpu = ProcessCpu.of("gateway");
		ProcessCpu secondCpu = ProcessCpu.of("gateway-b");
		warmUp(driver, "gateway", first, firstCpu);
		warmUp(driver, "gateway-b", second, secondCpu);
		renewToken(token, setup);
		List<Stats> phases = new ArrayList<>();
		List<String> cpu = new ArrayList<>();
		for (int pair = 1; pair <= 3; pair++) {
			for (boolean isFirst : new boolean[] { true, false }) {
				ProcessCpu measured = isFirst ? firstCpu : secondCpu;
				Map<String, Duration> before = measured.snapshot();
				Stats stats = driver.closed(
						"max throughput, " + (isFirst ? "gateway" : "gateway-b") + ", round " + pair + ", 16 callers",
						isFirst ? first : second, 16, seconds);
				phases.add(stats);
				cpu.add(stats.name() + ": " + measured.perRequest(before, stats));
			}
		}
		renewToken(token, setup);
		Map<String, Duration> firstBefore = firstCpu.snapshot();
		Map<String, Duration> secondBefore = secondCpu.snapshot();
		String turns = "in " + TURN.toSeconds() + " s turns at " + rate + "/s, ";
		MemoryMonitor.Watched<List<Stats>> watched = MemoryMonitor.find()
			.during(() -> driver.inTurns(turns + "gateway", first, turns + "gateway-b", second, rate, seconds, TURN));
		List<Stats> inTurns = watched.result();
		cpu.add(inTurns.get(0).name() + ": " + firstCpu.perRequest(firstBefore, inTurns.get(0)));
		cpu.add(inTurns.get(1).name() + ": " + secondCpu.perRequest(secondBefore, inTurns.get(1)));
		phases.addAll(inTurns);
		print("gateways: GET /api/v1/identity/me with a resident token, the stack's gateway and gateway-b", phases);
		cpu.forEach((line) -> System.out.println("CPU per request, " + line));
		System.out.println("host in turns: " + watched.describe());
	}

	private static void mixed(LoadDriver driver, Targets targets, Setup setup, int rate, int seconds)
			throws InterruptedException {
		String gateway = targets.gateway();
		List<String> codes = setup.itemCodes(KEYWORDS);
		List<String> residents = List.of("resident1", "resident2");
		Map<String, String> tokens = Map.of("resident1", setup.userToken("resident1"), "resident2",
				setup.userToken("resident2"));
		String certificate = setup.residentEid("resident1", "440106199003070036", "张三");
		String holder = setup.userToken("resident1");
		String verifier = setup.clientToken("hotel-verifier");
		Call search = Call.get(
				(n) -> gateway + "/api/v1/catalog/search?q="
						+ URLEncoder.encode(KEYWORDS.get((int) (n % KEYWORDS.size())), StandardCharsets.UTF_8),
				(n) -> null);
		Call item = Call.get((n) -> gateway + "/api/v1/catalog/items/" + codes.get((int) (n % codes.size())),
				(n) -> null);
		Call myCases = Call.get((n) -> gateway + "/api/v1/cases?limit=20",
				(n) -> tokens.get(residents.get((int) (n % 2))));
		Call qr = (certificate != null) ? showAndVerify(gateway, certificate, holder, verifier) : search;
		Call mix = (n, http) -> {
			int slot = (int) (n % 10);
			Call chosen = (slot < 4) ? search : (slot < 7) ? item : (slot < 9) ? myCases : qr;
			return chosen.perform(n, http);
		};
		ProcessCpu cpu = ProcessCpu.of("gateway", "service-catalog", "case-service", "e-certificate-service",
				"identity-service", "mariadbd", "redis-server");
		warmUp(driver, "mixed", mix, cpu);
		List<Stats> phases = new ArrayList<>();
		Map<String, Duration> before = cpu.snapshot();
		MemoryMonitor.Watched<Stats> mixed = MemoryMonitor.find()
			.during(() -> driver.open("mixed at " + rate + "/s through the gateway", mix, rate, seconds));
		phases.add(mixed.result());
		String mixedCpu = cpu.perRequest(before, phases.get(0));
		if (certificate != null) {
			phases.add(driver.open("QR show + verify alone at " + rate / 10 + "/s", qr, rate / 10, seconds));
		}
		print("mixed resident workload (search 40%, item 30%, my cases 20%, QR 10%"
				+ ((certificate == null) ? " — no e-ID was issued, QR replaced by search" : "") + ")", phases);
		System.out.printf("CPU per mixed request at %d/s: %s%n", rate, mixedCpu);
		System.out.printf("host during the mixed phase: %s%n", mixed.describe());
	}

	/**
	 * Closed-loop warm-up rounds of {@value #WARM_UP_SECONDS} s (8 callers) until the JIT
	 * of the services has settled, at most {@value #MAX_WARM_UP_ROUNDS} rounds: twice in
	 * a row, the CPU per request of {@code cpu}'s processes is within 5 %
	 * ({@link #STEADY_CHANGE}) of the round before it, and their JIT compilers worked
	 * less than {@link #SETTLED_COMPILER_SHARE} of the round's wall time. A stack that
	 * has just started spends minutes compiling on two cores; ten seconds of warm-up left
	 * that in the measured phases, and in session 14 the CPU per request alone held
	 * steady twice at about twice the settled figure. Prints each round.
	 */
	private static void warmUp(LoadDriver driver, String name, Call call, ProcessCpu cpu) {
		double previous = Double.NaN;
		int steady = 0;
		for (int round = 1; round <= MAX_WARM_UP_ROUNDS && steady < 2; round++) {
			Map<String, Duration> before = cpu.snapshot();
			Duration compilingBefore = cpu.compilers();
			Stats stats = driver.closed("warm-up " + name + " " + round, call, 8, WARM_UP_SECONDS);
			double perRequest = cpu.totalPerRequest(before, stats);
			double compiling = cpu.compilers().minus(compilingBefore).toNanos() / (stats.seconds() * 1e9);
			System.out.printf("warm-up %s, round %d: %.0f requests/s, %.2f ms CPU per request, compilers %.0f %%%n",
					name, round, stats.perSecond(), perRequest, 100 * compiling);
			if (Double.isNaN(perRequest)) {
				return;
			}
			boolean settled = Math.abs(perRequest - previous) <= STEADY_CHANGE * previous
					&& compiling < SETTLED_COMPILER_SHARE;
			steady = settled ? steady + 1 : 0;
			previous = perRequest;
		}
	}

	/**
	 * A new token for the measured phases (a warm-up may take minutes: they get a token
	 * of their own lifetime), then a wait until the machine is quiet again: Keycloak's
	 * work after the grant would otherwise land in the first second measured
	 * ({@link QuietMachine}).
	 */
	private static void renewToken(AtomicReference<String> token, Setup setup) {
		token.set(setup.userToken("resident1"));
		Duration waited = QuietMachine.await();
		System.out.printf("token renewed; the machine was quiet again after %.1f s%n", waited.toMillis() / 1000.0);
	}

	/**
	 * The holder asks for a hotel check-in presentation token, the hotel verifies it: one
	 * call, two requests, outcome of the verification.
	 */
	private static Call showAndVerify(String gateway, String certificate, String holder, String verifier) {
		return (n, http) -> {
			LoopbackHttp.Response shown = http.postJson(
					gateway + "/api/v1/certificates/" + certificate + "/presentations", holder,
					"{\"purpose\":\"HOTEL_CHECK_IN\"}");
			if (shown.status() != 200 && shown.status() != 201) {
				return "present " + shown.status();
			}
			String token = JSON.readTree(shown.body()).path("token").asString();
			return String.valueOf(http.postJson(gateway + "/api/v1/certificates/verifications", verifier,
					JSON.writeValueAsString(Map.of("token", token)))
				.status());
		};
	}

	private static void print(String title, List<Stats> phases) {
		System.out.println();
		System.out.println("### " + title);
		System.out.println(Stats.header());
		phases.forEach((stats) -> System.out.println(stats.row()));
	}

}
