package org.shengshi.cases.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.CaseServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case-number blocks on the real MariaDB: two "instances" (two block holders on the same
 * table, as two case-service replicas would be) issuing concurrently never issue a number
 * twice, and a submitting transaction that rolls back does not give its number back to
 * anyone.
 */
class CaseNumberBlocksIT extends CaseServiceSupport {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate tx;

	/**
	 * Block holders on the service's own pool; never closed here (the pool is shared).
	 */
	private CaseNumberBlocks instance(int blockSize) {
		return new CaseNumberBlocks(this.dataSource, blockSize);
	}

	@Test
	void twoInstancesIssuingConcurrentlyNeverIssueANumberTwice() throws Exception {
		LocalDate day = LocalDate.of(2026, 6, 1);
		CaseNumberBlocks first = instance(5);
		CaseNumberBlocks second = instance(7);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Long>> calls = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				CaseNumberBlocks instance = (i % 2 == 0) ? first : second;
				calls.add(() -> instance.next("440106", day));
			}
			List<Long> issued = new ArrayList<>();
			for (Future<Long> future : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
				issued.add(future.get());
			}
			assertThat(issued).hasSize(300).doesNotHaveDuplicates().allSatisfy((n) -> assertThat(n).isPositive());
			long reserved = this.jdbc.queryForObject(
					"SELECT last_sequence FROM case_number_sequence WHERE region_code = '440106' AND filed_on = ?",
					Long.class, day);
			assertThat(issued).allSatisfy((n) -> assertThat(n).isLessThanOrEqualTo(reserved));
			assertThat(reserved).as("at most one unused block per instance").isLessThan(300 + 5 + 7);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void eachRegionAndDayCountsFromOneAndABlockOfOneIsConsecutive() {
		CaseNumberBlocks single = instance(1);
		LocalDate day = LocalDate.of(2026, 6, 2);
		List<Long> issued = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			issued.add(single.next("440104", day));
		}
		assertThat(issued).containsExactlyElementsOf(LongStream.rangeClosed(1, 5).boxed().toList());
		assertThat(single.next("440104", day.plusDays(1))).isOne();
		assertThat(single.next("440105", day)).isOne();
	}

	@Test
	void aRolledBackSubmissionDoesNotGiveItsNumberBack() {
		CaseNumberBlocks blocks = instance(3);
		LocalDate day = LocalDate.of(2026, 6, 3);
		long inRolledBack = this.tx.execute((status) -> {
			long number = blocks.next("440103", day);
			status.setRollbackOnly();
			return number;
		});
		List<Long> after = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			after.add(blocks.next("440103", day));
		}
		assertThat(after).doesNotContain(inRolledBack).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject(
				"SELECT last_sequence FROM case_number_sequence WHERE region_code = '440103' AND filed_on = ?",
				Long.class, day))
			.as("the reservations were committed on their own")
			.isGreaterThanOrEqualTo(7);
	}

}
