package org.shengshi.catalog.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.shengshi.catalog.CatalogApplication;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.search.SearchGate;
import org.shengshi.catalog.seed.Region;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.test.EmbeddedMariaDb;
import org.shengshi.platform.test.EmbeddedRedis;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Service-level benchmark: the real service (MariaDB, Redis, Lucene index built from the
 * database at startup) with 10,000 generated items besides the seed, driven over HTTP on
 * loopback at a constant rate. Phases: search with a different query every request (index
 * + cache miss + cache write), search drawn from 50,000 distinct queries by a Zipf law
 * (as residents' searches are: a few asked by many, most by few), search repeating 40
 * queries (cache hits), item detail (cache hits). The all-new phase runs
 * {@code iterations} times (third argument, default 3), after a warm-up that lasts until
 * the JIT has settled. Each phase prints the process's CPU time per request (service and
 * driver), the JIT's compile time during it and the CPU per request of each kind of
 * thread ({@link ThreadCpu}). Run it with
 * {@code ./mvnw -B -o -q -pl service-catalog -am -Pservice-bench -DskipTests verify
 * -Dbench.rate=1000 -Dbench.seconds=15 -Dbench.iterations=3}.
 */
public final class ServiceBenchmark {

	static final int GENERATED_ITEMS = 10_000;

	/** Distinct queries of the Zipf mix: residents' searches, most asked by many. */
	static final int DISTINCT_POPULAR_QUERIES = 50_000;

	/** Fewest distinct queries left for the warm-up. */
	private static final int MIN_WARM_UP_QUERIES = 20_000;

	static final List<String> WORDS = List.of("居住证", "身份证", "户口", "结婚登记", "离婚", "出生", "社保", "医保", "养老金", "失业", "公积金",
			"提取", "营业执照", "食品经营", "不动产", "房屋", "驾驶证", "行驶证", "护照", "港澳", "残疾", "退役", "学籍", "入学", "税务", "发票", "个人所得税",
			"无犯罪记录", "犬只", "旅馆", "生育", "就业", "职称", "异地就医", "门诊", "低保", "殡葬", "收养", "办身份证", "迁户口");

	private ServiceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rate = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		Duration phase = Duration.ofSeconds((args.length > 1) ? Integer.parseInt(args[1]) : 20);
		int iterations = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		String[] properties = properties();
		List<String> codes;
		try (ConfigurableApplicationContext app = SpringApplication.run(CatalogApplication.class, properties)) {
			long started = System.nanoTime();
			codes = GeneratedCatalog.store(app.getBean(SeedCatalog.class), app.getBean(ItemStore.class),
					app.getBean(TransactionTemplate.class), GENERATED_ITEMS);
			System.out.printf("stored %d generated items in %.1f s%n", GENERATED_ITEMS,
					(System.nanoTime() - started) / 1e9);
		}
		long restart = System.nanoTime();
		try (ConfigurableApplicationContext app = SpringApplication.run(CatalogApplication.class, properties)) {
			System.out.printf("restarted; index built from the database in a start-up of %.1f s%n",
					(System.nanoTime() - restart) / 1e9);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			List<String> regions = app.getBean(SeedCatalog.class).regions().stream().map(Region::code).toList();
			run(port, new DistinctSearches(regions), codes, rate, phase, iterations, app.getBean(SearchGate.class));
		}
		System.exit(0);
	}

	/**
	 * Runs the phases. Query numbers are split so that no phase asks what an earlier one
	 * asked: the all-new phase's iterations take the first numbers, the Zipf mix the next
	 * {@value #DISTINCT_POPULAR_QUERIES}, the warm-up the rest.
	 */
	private static void run(int port, DistinctSearches searches, List<String> codes, int rate, Duration phase,
			int iterations, SearchGate gate) throws Exception {
		int perPhase = (int) (rate * phase.toSeconds());
		int zipfFirst = perPhase * iterations;
		int warmUpFirst = zipfFirst + DISTINCT_POPULAR_QUERIES;
		if (warmUpFirst + MIN_WARM_UP_QUERIES > searches.count()) {
			throw new IllegalArgumentException("rate × seconds × iterations needs more distinct queries than the "
					+ searches.count() + " this benchmark can form");
		}
		int warmUpQueries = searches.count() - warmUpFirst;
		ConstantRateLoad load = new ConstantRateLoad(port);
		try {
			long warm = System.nanoTime();
			int[] warmed = load.warmUp(6000, Duration.ofSeconds(240), 8, (i) -> (i % 2 == 0)
					? searches.uri(warmUpFirst + (i / 2) % warmUpQueries) : detail(codes.get(i % codes.size())));
			System.out.printf("warm-up: %d of %d requests ok in %.1f s (8 at a time)%n", warmed[0], warmed[1],
					(System.nanoTime() - warm) / 1e9);
			for (int iteration = 0; iteration < iterations; iteration++) {
				int first = iteration * perPhase;
				String name = "search (all new) " + (iteration + 1) + "/" + iterations;
				print(gate, () -> load.run(name, rate, phase, (i) -> searches.uri(first + i)));
			}
			ZipfQueries zipf = new ZipfQueries(DISTINCT_POPULAR_QUERIES, 1.0, 2026);
			int[] ranks = zipf.ranks(perPhase);
			print(gate, () -> load.run("search (Zipf mix)", rate, phase,
					(i) -> searches.uri(zipfFirst + ranks[i % perPhase])));
			System.out.printf(
					"  Zipf mix: %d requests over %d distinct queries (s = 1.0), %d distinct asked: %.1f %% of"
							+ " requests ran the index%n",
					perPhase, DISTINCT_POPULAR_QUERIES, ZipfQueries.distinct(ranks),
					100.0 * ZipfQueries.distinct(ranks) / perPhase);
			print(gate, () -> load.run("search (cache hit)", rate, phase,
					(i) -> search(WORDS.get(i % WORDS.size()), null, 0)));
			System.out.println(load.run("item detail (warm)", Math.max(100, rate / 2), Duration.ofSeconds(5),
					(i) -> detail(codes.get(i % 2000))));
			System.out
				.println(load.run("item detail (cache hit)", rate * 2, phase, (i) -> detail(codes.get(i % 2000))));
		}
		finally {
			load.close();
		}
	}

	private interface Phase {

		ConstantRateLoad.Result run() throws InterruptedException;

	}

	/**
	 * Runs a phase and prints its figures, then how many searches ran in the index and
	 * their CPU time there (the index's share of a request, apart from the request's
	 * handling around it).
	 */
	private static void print(SearchGate gate, Phase phase) throws InterruptedException {
		long runs = gate.runs();
		long cpu = gate.cpuNanos();
		System.out.println(phase.run());
		long ran = gate.runs() - runs;
		System.out.printf("  index: %d searches ran in it, %.3f ms of CPU each there%n", ran,
				(gate.cpuNanos() - cpu) / 1e6 / Math.max(1, ran));
	}

	static String search(String q, String region, int page) {
		String uri = "/api/v1/catalog/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page
				+ ((region != null) ? "&region=" + region : "");
		return uri;
	}

	private static String detail(String code) {
		return "/api/v1/catalog/items/" + code;
	}

	private static String[] properties() {
		EmbeddedMariaDb mariaDb = EmbeddedMariaDb.shared();
		String schema = mariaDb.newSchema("bench");
		TestJwtIssuer jwt = TestJwtIssuer.shared();
		return new String[] { "--spring.datasource.url=" + mariaDb.jdbcUrl(schema), "--spring.datasource.username=root",
				"--spring.datasource.password=", "--spring.data.redis.host=127.0.0.1",
				"--spring.data.redis.port=" + EmbeddedRedis.shared().port(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + jwt.issuer(),
				"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwt.jwkSetUri(), "--server.port=0",
				"--server.address=127.0.0.1", "--logging.level.root=WARN", "--shengshi.events.relay.enabled=false",
				"--shengshi.events.consumer.enabled=false" };
	}

}
