package org.shengshi.catalog.publication;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.StoredItems;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item details and search results come from the real (embedded) Redis and never show an
 * item as it was before a change once the change's request has returned, even while
 * readers keep hitting it concurrently.
 */
@ShengshiServiceTest
class CachedReadsIT {

	@LocalServerPort
	private int port;

	@Autowired
	private SeedCatalog seed;

	@Autowired
	private StringRedisTemplate redis;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private Staff publisher() {
		return Staff.publisher(this.port, "publisher-" + this.suffix, "440100-GA");
	}

	private Staff reviewer() {
		return Staff.reviewer(this.port, "reviewer-" + this.suffix, "440100-GA");
	}

	private String published() throws Exception {
		HttpResponse<String> created = publisher().post(PublicationEndpointsIT.MANAGE,
				ItemContentCodec.write(StoredItems.freshItem(this.seed, "440100-GA")));
		String code = Staff.json(created).path("itemCode").asString();
		publisher().act(code, "SUBMIT", null);
		assertThat(reviewer().act(code, "APPROVE", null).statusCode()).isEqualTo(200);
		return code;
	}

	private void publishSecondVersion(String code) throws Exception {
		assertThat(publisher().post(PublicationEndpointsIT.MANAGE + "/" + code + "/revisions", null).statusCode())
			.isEqualTo(200);
		assertThat(publisher().act(code, "SUBMIT", null).statusCode()).isEqualTo(200);
		assertThat(reviewer().act(code, "APPROVE", null).statusCode()).isEqualTo(200);
	}

	@Test
	void itemDetailAndSearchResultsAreCachedInRedis() throws Exception {
		String code = published();
		Staff anyone = Staff.withToken(this.port, null);

		assertThat(anyone.get("/api/v1/catalog/items/" + code).statusCode()).isEqualTo(200);
		Set<String> itemKeys = this.redis.keys("shengshi:catalog:item:*:" + code);
		assertThat(itemKeys).hasSize(1);
		assertThat(this.redis.getExpire(itemKeys.iterator().next(), TimeUnit.SECONDS)).isBetween(1L, 60L);

		String search = "/api/v1/catalog/search?q=%E5%B1%85%E4%BD%8F%E8%AF%81&size=" + (11 + new Random().nextInt(9));
		Set<String> before = this.redis.keys("shengshi:catalog:search:*");
		assertThat(anyone.get(search).statusCode()).isEqualTo(200);
		assertThat(this.redis.keys("shengshi:catalog:search:*")).as("a search asked once is not stored")
			.isEqualTo(before);
		assertThat(anyone.get(search).statusCode()).isEqualTo(200);
		Set<String> added = new HashSet<>(this.redis.keys("shengshi:catalog:search:*"));
		added.removeAll(before);
		assertThat(added).as("asked twice, it is").hasSize(1);
	}

	@Test
	void concurrentReadersNeverSeeTheOldVersionAfterApprovalOrTheItemAfterRetirement() throws Exception {
		String code = published();
		Staff anyone = Staff.withToken(this.port, null);
		List<Observation> observations = new ArrayList<>();
		ConcurrentLinkedQueue<Observation> seen = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService readers = Executors.newFixedThreadPool(4);
		List<Future<?>> running = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(30);
		for (int i = 0; i < 4; i++) {
			running.add(readers.submit(() -> {
				while (!stop.get() && Instant.now().isBefore(deadline)) {
					Instant started = Instant.now();
					HttpResponse<String> response = anyone.get("/api/v1/catalog/items/" + code);
					int version = (response.statusCode() == 200) ? Staff.json(response).path("version").asInt()
							: -response.statusCode();
					seen.add(new Observation(started, Instant.now(), version));
				}
				return null;
			}));
		}
		try {
			Thread.sleep(300);
			publishSecondVersion(code);
			Instant approved = Instant.now();
			Thread.sleep(300);
			Instant retiring = Instant.now();
			assertThat(reviewer().act(code, "RETIRE", "事项取消").statusCode()).isEqualTo(200);
			Instant retired = Instant.now();
			Thread.sleep(300);
			stop.set(true);
			for (Future<?> reader : running) {
				reader.get(30, TimeUnit.SECONDS);
			}
			observations.addAll(seen);
			assertThat(observations).filteredOn((o) -> o.started().isAfter(approved))
				.isNotEmpty()
				.noneSatisfy((o) -> assertThat(o.version()).isOne());
			assertThat(observations).filteredOn((o) -> o.started().isAfter(approved) && o.finished().isBefore(retiring))
				.isNotEmpty()
				.allSatisfy((o) -> assertThat(o.version()).isEqualTo(2));
			assertThat(observations).filteredOn((o) -> o.started().isAfter(retired))
				.isNotEmpty()
				.allSatisfy((o) -> assertThat(o.version()).isEqualTo(-404));
			assertThat(observations).anySatisfy((o) -> assertThat(o.version()).isOne());
		}
		finally {
			stop.set(true);
			readers.shutdownNow();
		}
	}

	record Observation(Instant started, Instant finished, int version) {
	}

}
