package org.shengshi.catalog.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SearchGate;
import org.shengshi.catalog.search.SynonymDictionary;
import org.shengshi.catalog.seed.Region;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedLoader;

/**
 * How fast a freshly started JVM's index reaches full speed when many callers search at
 * once: {@code callers} threads search the index of the 10,000 generated items with
 * {@link ServiceBenchmark}'s all-new searches as fast as they can, {@code turns} of them
 * in the index at a time ({@link SearchGate}; the service's default is one per processor;
 * give {@code turns} = {@code callers} for no gate). Prints, per round of 20,000
 * searches, the process's CPU time per search (searching threads, collector and
 * compilers) and searches per second. Run each way in its own JVM, one after the other:
 * {@code java -cp … org.shengshi.catalog.bench.IndexConcurrency callers turns [rounds]}
 * after {@code test-compile}.
 */
public final class IndexConcurrency {

	private static final int SEARCHES = 20_000;

	private IndexConcurrency() {
	}

	public static void main(String[] args) throws InterruptedException {
		int callers = Integer.parseInt(args[0]);
		int turns = Integer.parseInt(args[1]);
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 4;
		SeedCatalog seed = new SeedLoader(CertificateTypeDirectory.bundled()).load();
		DistinctSearches searches = new DistinctSearches(seed.regions().stream().map(Region::code).toList());
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		try (CatalogSearchIndex index = new CatalogSearchIndex(SynonymDictionary.bundled(),
				new SearchGate(turns, Duration.ofMinutes(5)))) {
			index.rebuild(GeneratedCatalog.searchDocuments(seed, ServiceBenchmark.GENERATED_ITEMS));
			for (int round = 1; round <= rounds; round++) {
				AtomicInteger next = new AtomicInteger();
				ExecutorService threads = Executors.newFixedThreadPool(callers);
				long cpu = os.getProcessCpuTime();
				long start = System.nanoTime();
				for (int caller = 0; caller < callers; caller++) {
					threads.execute(() -> {
						for (int i = next.getAndIncrement(); i < SEARCHES; i = next.getAndIncrement()) {
							index.search(searches.search(i).request());
						}
					});
				}
				threads.shutdown();
				if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
					threads.shutdownNow();
					throw new IllegalStateException("a round took over 5 minutes");
				}
				System.out.printf("round %d: %d callers, %d at a time: %.3f ms CPU per search, %.0f searches/s%n",
						round, callers, turns, (os.getProcessCpuTime() - cpu) / 1e6 / SEARCHES,
						SEARCHES / ((System.nanoTime() - start) / 1e9));
			}
		}
	}

}
