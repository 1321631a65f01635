package org.shengshi.catalog.bench;

import java.lang.management.ManagementFactory;
import java.util.List;

import com.sun.management.ThreadMXBean;

import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SearchDocument;
import org.shengshi.catalog.search.SearchPage;
import org.shengshi.catalog.search.SynonymDictionary;
import org.shengshi.catalog.seed.Region;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedLoader;

/**
 * CPU time of the index alone (no HTTP, no cache, one thread) for the searches of
 * {@link ServiceBenchmark}'s all-new phase, over the same 10,000 generated items: what a
 * new search costs in Lucene, split into searches answered strictly and those that fell
 * back to the approximate search, and the memory allocated per search (building the
 * request included). Prints one line per round of 20,000 searches. Run with
 * {@code java -cp … org.shengshi.catalog.bench.IndexCpu [rounds]} after
 * {@code test-compile}.
 */
public final class IndexCpu {

	private static final int SEARCHES = 20_000;

	private IndexCpu() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 8;
		SeedCatalog seed = new SeedLoader(CertificateTypeDirectory.bundled()).load();
		List<SearchDocument> documents = GeneratedCatalog.searchDocuments(seed, ServiceBenchmark.GENERATED_ITEMS);
		DistinctSearches searches = new DistinctSearches(seed.regions().stream().map(Region::code).toList());
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		try (CatalogSearchIndex index = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			index.rebuild(documents);
			for (int round = 1; round <= rounds; round++) {
				long[] cpu = new long[2];
				int[] count = new int[2];
				long hits = 0;
				long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
				for (int i = 0; i < SEARCHES; i++) {
					long start = threads.getCurrentThreadCpuTime();
					SearchPage page = index.search(searches.search(i).request());
					int kind = page.approximate() ? 1 : 0;
					cpu[kind] += threads.getCurrentThreadCpuTime() - start;
					count[kind]++;
					hits += page.totalHits();
				}
				long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
				System.out.printf(
						"round %d: %.3f ms CPU per search; strict %d at %.3f ms, approximate %d at %.3f ms;"
								+ " %.0f matches on average; %.0f KB allocated per search%n",
						round, (cpu[0] + cpu[1]) / 1e6 / SEARCHES, count[0], cpu[0] / 1e6 / Math.max(1, count[0]),
						count[1], cpu[1] / 1e6 / Math.max(1, count[1]), (double) hits / SEARCHES,
						allocated / 1024.0 / SEARCHES);
			}
		}
	}

}
