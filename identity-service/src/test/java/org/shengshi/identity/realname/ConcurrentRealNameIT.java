package org.shengshi.identity.realname;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdNumbers;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.platform.pii.BlindIndex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsMatch;

class ConcurrentRealNameIT extends IdentityServiceIT {

	private static final int ACCOUNTS = 8;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private BlindIndex blindIndex;

	@Test
	void oneIdNumberBindsToExactlyOneAccountUnderConcurrentRequests() throws Exception {
		String id = IdNumbers.fresh();
		reportsMatch(id);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(ACCOUNTS);
		List<Future<Reply>> replies = new ArrayList<>();
		try {
			for (int i = 0; i < ACCOUNTS; i++) {
				String subject = UUID.randomUUID().toString();
				this.identityProvider.register(subject, "c-" + subject);
				String token = TOKENS.resident(subject).loa(1).bearer();
				replies.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return http().post(RealNameIT.PATH, "{\"name\":\"陈同\",\"idNumber\":\"" + id + "\"}", auth(token));
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Reply> reply : replies) {
				Reply done = reply.get(60, TimeUnit.SECONDS);
				statuses.add(done.status());
				if (done.status() != 200) {
					assertThat(done.code()).isEqualTo("ID_NUMBER_ALREADY_BOUND");
				}
			}
			assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		String index = this.blindIndex.of(RealNameService.ID_NUMBER_COLUMN, id);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM resident_identity WHERE id_number_index = ?",
				Integer.class, index))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE type = ? AND payload LIKE ?",
				Integer.class, RealNameVerified.TYPE, "%陈*%"))
			.isEqualTo(1);
	}

}
