package org.shengshi.payment.refund;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.order.OrderIds;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundMapperIT extends PaymentServiceSupport {

	@Autowired
	private RefundMapper mapper;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> orderIds = new ArrayList<>();

	/** A made-up order id; its refunds are removed after the test. */
	private String orderId() {
		String id = UUID.randomUUID().toString();
		this.orderIds.add(id);
		return id;
	}

	/**
	 * These refunds belong to no order. Left in the shared schema, the refund sweeps of
	 * other tests would meet them and log a failure for each, every time.
	 */
	@AfterEach
	void removeTheseRefunds() {
		this.orderIds.forEach((id) -> this.jdbc.update("DELETE FROM payment_refund WHERE order_id = ?", id));
	}

	private static RefundRow row(String orderId, long amountFen, RefundStatus status, Instant at) {
		String id = OrderIds.newId(at);
		return new RefundRow(id, orderId, OrderIds.outTradeNo(id), amountFen, "退费", status, null, null, "case-service",
				at, (status == RefundStatus.SUCCEEDED) ? at : null, at);
	}

	@Test
	void insertedRefundIsFoundByIdNumberAndOrderAndItsNumberIsUnique() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String orderId = orderId();
		RefundRow first = row(orderId, 100, RefundStatus.REQUESTED, now.minusSeconds(1));
		RefundRow second = row(orderId, 200, RefundStatus.SUCCEEDED, now);
		this.mapper.insert(first);
		this.mapper.insert(second);

		assertThat(this.mapper.findById(first.id())).isEqualTo(first);
		assertThat(this.mapper.findByOutRefundNo(second.outRefundNo())).isEqualTo(second);
		assertThat(this.mapper.findById("none")).isNull();
		assertThat(this.mapper.listByOrder(orderId)).containsExactly(first, second);
		assertThat(this.mapper.listByOutRefundNos(List.of(first.outRefundNo(), "none"))).containsExactly(first);
		RefundRow sameNumber = new RefundRow(UUID.randomUUID().toString(), orderId, first.outRefundNo(), 1, "x",
				RefundStatus.REQUESTED, null, null, "s", now, null, now);
		assertThatThrownBy(() -> this.mapper.insert(sameNumber)).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void inFlightSumAndUnresolvedListCountOnlyRefundsNotYetFinal() {
		Instant old = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
		String orderId = orderId();
		RefundRow requested = row(orderId, 100, RefundStatus.REQUESTED, old);
		RefundRow processing = row(orderId, 20, RefundStatus.PROCESSING, old.plusMillis(1));
		RefundRow abnormal = row(orderId, 3, RefundStatus.ABNORMAL, old.plusMillis(2));
		RefundRow succeeded = row(orderId, 4000, RefundStatus.SUCCEEDED, old);
		RefundRow failed = row(orderId, 50000, RefundStatus.FAILED, old);
		RefundRow recent = row(orderId, 600000, RefundStatus.REQUESTED, Instant.now().plusSeconds(60));
		for (RefundRow each : List.of(requested, processing, abnormal, succeeded, failed, recent)) {
			this.mapper.insert(each);
		}

		assertThat(this.mapper.sumInFlight(orderId)).isEqualTo(600123);
		assertThat(this.mapper.sumInFlight("no-order")).isZero();
		assertThat(this.mapper.listUnresolved(old.plusSeconds(1), 10_000)).extracting(RefundRow::id)
			.contains(requested.id(), processing.id(), abnormal.id())
			.doesNotContain(succeeded.id(), failed.id(), recent.id());
	}

	@Test
	void succeededBetweenIsHalfOpen() {
		Instant day = Instant.parse("2031-05-01T00:00:00Z");
		RefundRow inside = row(orderId(), 10, RefundStatus.SUCCEEDED, day);
		RefundRow atEnd = row(orderId(), 10, RefundStatus.SUCCEEDED, day.plus(1, ChronoUnit.DAYS));
		this.mapper.insert(inside);
		this.mapper.insert(atEnd);

		assertThat(this.mapper.listSucceededBetween(day, day.plus(1, ChronoUnit.DAYS))).containsExactly(inside);
	}

	@Test
	void updateStatusWritesOnlyFromTheExpectedStatus() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		RefundRow requested = row(orderId(), 10, RefundStatus.REQUESTED, now);
		this.mapper.insert(requested);
		RefundRow succeeded = requested.moved(RefundStatus.SUCCEEDED, "50001", null, now.plusSeconds(1));

		assertThat(this.mapper.updateStatus(succeeded, RefundStatus.PROCESSING)).isZero();
		assertThat(this.mapper.updateStatus(succeeded, RefundStatus.REQUESTED)).isEqualTo(1);
		assertThat(this.mapper.updateStatus(succeeded, RefundStatus.REQUESTED)).isZero();
		assertThat(this.mapper.findById(requested.id())).isEqualTo(succeeded);
	}

}
