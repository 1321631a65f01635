package org.shengshi.catalog.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SearchDocument;
import org.shengshi.catalog.search.SearchFilters;
import org.shengshi.catalog.search.SearchPage;
import org.shengshi.catalog.search.SearchRequest;
import org.shengshi.catalog.search.Suggestion;
import org.shengshi.catalog.search.SynonymDictionary;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedItem;
import org.shengshi.catalog.seed.SeedLoader;

/**
 * Search latency and throughput of the in-memory index alone (no HTTP, no cache) over
 * 10,000 generated items: the seed's items implemented in 74 county-level regions of
 * Guangdong, with random popularity. Not a unit test (no *Test suffix); run with
 * {@code ./mvnw -B -q -pl service-catalog -am -Pjmh -DskipTests verify} or this class's
 * {@code main}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchIndexBenchmark {

	/** Items in the generated catalog. */
	public static final int ITEMS = 10_000;

	private static final String[] QUERIES = { "居住证", "办身份证", "护照", "营业执照", "结婚登记", "养老资格认证", "公积金提取", "出生医学证明", "社保卡",
			"驾驶证换证", "不动产登记", "个税", "生孩子", "开公司", "异地就医", "二手房过户", "失业金", "证", "我要开一家餐馆", "新生儿入户" };

	private static final String[] PREFIXES = { "居", "居住", "护照", "营业执", "开公", "社保", "结婚", "公积金提" };

	private CatalogSearchIndex index;

	@State(Scope.Thread)
	public static class Cursor {

		private int next;

		String query() {
			return QUERIES[(this.next++ & Integer.MAX_VALUE) % QUERIES.length];
		}

		String prefix() {
			return PREFIXES[(this.next++ & Integer.MAX_VALUE) % PREFIXES.length];
		}

	}

	@Setup(Level.Trial)
	public void buildIndex() {
		this.index = new CatalogSearchIndex(SynonymDictionary.bundled());
		this.index.rebuild(generate(ITEMS));
		warmUp(this.index);
	}

	/**
	 * Compiles the hot paths before measuring: JMH's own warm-up iterations are too short
	 * for the JIT when the two cores are shared with other builds.
	 */
	private static void warmUp(CatalogSearchIndex index) {
		for (int round = 0; round < 150; round++) {
			for (String query : QUERIES) {
				index.search(SearchRequest.of(query));
			}
			for (String prefix : PREFIXES) {
				index.suggest(prefix, SearchFilters.none(), 8);
			}
		}
	}

	@TearDown(Level.Trial)
	public void closeIndex() {
		this.index.close();
	}

	/**
	 * The seed implemented across Guangdong's districts, exactly {@code count} documents.
	 */
	public static List<SearchDocument> generate(int count) {
		SeedCatalog seed = new SeedLoader(CertificateTypeDirectory.bundled()).load();
		List<SearchDocument> base = seed.searchDocuments();
		List<String> regions = districts();
		Random random = new Random(20250601L);
		List<SearchDocument> documents = new ArrayList<>(count);
		for (int i = 0; documents.size() < count; i++) {
			SearchDocument template = base.get(i % base.size());
			String region = regions.get((i / base.size()) % regions.size());
			SeedItem item = seed.items().get(i % base.size());
			String department = region + "-" + item.item().department().abbreviation();
			documents.add(new SearchDocument("gen-" + i, 1, template.code(), template.name(), template.aliases(),
					template.itemType(), department, template.departmentName(), region, template.audiences(),
					template.themes(), template.materials(), template.conditions(), template.online(),
					template.visits(), template.instant(), random.nextInt(10_000)));
		}
		return documents;
	}

	private static List<String> districts() {
		int[] cities = { 4401, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4452,
				4453 };
		List<String> regions = new ArrayList<>();
		for (int city : cities) {
			for (int district = 2; district <= 6 && regions.size() < 74; district++) {
				regions.add(String.format("%04d%02d", city, district));
			}
		}
		while (regions.size() < 74) {
			regions.add(String.format("4401%02d", 11 + regions.size() % 8));
		}
		return regions;
	}

	@Benchmark
	@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
	public SearchPage search(Cursor cursor) {
		return this.index.search(new SearchRequest(cursor.query(), SearchFilters.none(), 0, 10));
	}

	@Benchmark
	@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
	public SearchPage searchInRegion(Cursor cursor) {
		return this.index.search(new SearchRequest(cursor.query(), SearchFilters.none().inRegion("440106"), 0, 10));
	}

	@Benchmark
	@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
	public List<Suggestion> suggest(Cursor cursor) {
		return this.index.suggest(cursor.prefix(), SearchFilters.none(), 8);
	}

	/**
	 * Prints the CPU time of the calling thread per search for each query after a
	 * warm-up: a figure that, unlike wall time, does not depend on what else the machine
	 * is running.
	 */
	static void cpuPerQuery() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		try (CatalogSearchIndex index = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			List<SearchDocument> documents = generate(ITEMS);
			long rebuildStart = threads.getCurrentThreadCpuTime();
			index.rebuild(documents);
			System.out.printf("rebuild of %d items: %.0f ms CPU (calling thread)%n", ITEMS,
					(threads.getCurrentThreadCpuTime() - rebuildStart) / 1e6);
			warmUp(index);
			warmUp(index);
			double total = 0;
			for (String query : QUERIES) {
				long start = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < 50; i++) {
					index.search(SearchRequest.of(query));
				}
				double perSearch = (threads.getCurrentThreadCpuTime() - start) / 50 / 1e6;
				total += perSearch;
				System.out.printf("%-10s %.2f ms CPU%n", query, perSearch);
			}
			System.out.printf("mean CPU per search: %.2f ms%n", total / QUERIES.length);
		}
	}

	/**
	 * Runs the benchmarks quickly: 1 fork, a warm-up of 4,200 operations in the set-up,
	 * 2×2 s warm-up and 3×3 s measurement iterations, with the thread count given as the
	 * first argument (default 1).
	 */
	public static void main(String[] args) throws RunnerException {
		if (args.length > 0 && args[0].equals("cpu")) {
			cpuPerQuery();
			return;
		}
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 1;
		ChainedOptionsBuilder options = new OptionsBuilder().include(SearchIndexBenchmark.class.getName() + "\\.")
			.forks(1)
			.threads(threads)
			.warmupIterations(2)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(3)
			.measurementTime(TimeValue.seconds(3))
			.jvmArgs("-Xms1g", "-Xmx1g");
		new Runner(options.build()).run();
	}

}
