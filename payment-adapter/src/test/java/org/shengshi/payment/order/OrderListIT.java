package org.shengshi.payment.order;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OrderListIT extends PaymentServiceSupport {

	private static final String PATH = "/api/v1/payments/orders";

	@Autowired
	private OrderMapper mapper;

	@Test
	void residentSeesOwnOrdersAndNotAnotherResidents() {
		String alice = "alice-" + UUID.randomUUID();
		String bob = "bob-" + UUID.randomUUID();
		OrderRow alicesOrder = OrderMapperIT.newRow(alice, Instant.now());
		OrderRow bobsOrder = OrderMapperIT.newRow(bob, Instant.now());
		this.mapper.insert(alicesOrder);
		this.mapper.insert(bobsOrder);

		HttpResponse<String> response = get(PATH, JWT.resident(alice).bearer());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(alicesOrder.id())
			.contains(alicesOrder.businessRef())
			.doesNotContain(bobsOrder.id())
			.doesNotContain(alice);
	}

	@Test
	void withoutTokenIs401() {
		HttpResponse<String> response = get(PATH, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("UNAUTHENTICATED");
	}

	@Test
	void expiredTokenIs401() {
		assertThat(get(PATH, JWT.resident("r-expired").expired().bearer()).statusCode()).isEqualTo(401);
	}

	@Test
	void staffWithoutResidentRoleIs403() {
		HttpResponse<String> response = get(PATH, JWT.staff("officer-1", "440100-GA", "case_officer").bearer());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("ACCESS_DENIED");
	}

}
