package org.shengshi.payment.order;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.channel.Outcome;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.PrepayRequest;
import org.shengshi.payment.channel.PrepayResult;
import org.shengshi.payment.money.Fen;
import org.shengshi.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Creates payment orders: one per business reference, and one channel pre-order per
 * order. The row is inserted first (the unique business reference decides the race), then
 * only the inserting request calls the channel. An UNKNOWN pre-order leaves the order
 * {@code CREATED} for the sweep, which sends it again, and answers 503
 * {@code CHANNEL_NOT_ANSWERING}. A request for an existing order whose pre-order is still
 * in flight waits for its answer (at most {@code pre-order-timeout} after the order was
 * made) and answers 503 too if there is none: an answer without anything to pay with
 * would be kept by the idempotency layer and replayed to every retry.
 */
@Service
public class OrderService {

	private static final Logger log = LoggerFactory.getLogger(OrderService.class);

	private static final Duration PRE_ORDER_POLL = Duration.ofMillis(50);

	private final OrderMapper orders;

	private final OrderLedger ledger;

	private final Channels channels;

	private final OrderSettings settings;

	private final Clock clock;

	OrderService(OrderMapper orders, OrderLedger ledger, Channels channels, OrderSettings settings, Clock clock) {
		this.orders = orders;
		this.ledger = ledger;
		this.channels = channels;
		this.settings = settings;
		this.clock = clock;
	}

	/** The order for the request's business reference, created if there is none. */
	public CreatedOrder create(NewOrder request) {
		PaymentChannel channel = this.channels.require(request.channel());
		OrderRow existing = this.orders.findByBusinessRef(request.businessRef());
		if (existing != null) {
			return existing(existing, request);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String id = OrderIds.newId(now);
		PaymentOrder order = PaymentOrder.create(id, request.businessRef(), OrderIds.outTradeNo(id), request.channel(),
				Fen.of(request.amountFen()), request.description(), request.payerSubject(), expiry(request, now), now);
		try {
			this.orders.insert(OrderRow.of(order, null, null, now));
		}
		catch (DuplicateKeyException ex) {
			return existing(this.orders.findByBusinessRef(request.businessRef()), request);
		}
		if (placeAtChannel(channel, order) == Outcome.UNKNOWN) {
			throw channelNotAnswering(id);
		}
		return new CreatedOrder(OrderView.of(this.orders.findById(id)), true);
	}

	/**
	 * The order another request made, once its pre-order has an answer; 503 while it has
	 * none.
	 */
	private CreatedOrder existing(OrderRow existing, NewOrder request) {
		sameAs(existing, request);
		OrderRow settled = afterItsPreOrder(existing);
		if (settled.status() == OrderStatus.CREATED) {
			throw channelNotAnswering(settled.id());
		}
		return new CreatedOrder(OrderView.of(settled), false);
	}

	/**
	 * Sends the pre-order and applies a definite answer; UNKNOWN is left to the sweep.
	 * @return the channel's outcome
	 */
	public Outcome placeAtChannel(PaymentChannel channel, PaymentOrder order) {
		ChannelResult<PrepayResult> result = channel.createOrder(new PrepayRequest(order.outTradeNo(), order.amount(),
				order.description(), null, order.createdAt(), order.expiresAt()));
		switch (result.outcome()) {
			case OK -> this.ledger.save(order.placePreOrder(), result.value());
			case DEFINITIVE_FAILURE -> this.ledger.save(order.rejectPreOrder());
			case UNKNOWN -> log.warn("pre-order of {} at {} unknown ({}); the sweep will resolve it", order.id(),
					channel.id(), result.code());
		}
		return result.outcome();
	}

	/**
	 * The order once its pre-order has an answer, waiting while it is {@code CREATED} and
	 * younger than {@code pre-order-timeout} (the pre-order is in flight in another
	 * request).
	 */
	private OrderRow afterItsPreOrder(OrderRow order) {
		Duration left = Duration.between(this.clock.instant(), order.createdAt().plus(this.settings.preOrderTimeout()));
		long deadline = System.nanoTime() + Math.max(0, left.toNanos());
		OrderRow current = order;
		while (current.status() == OrderStatus.CREATED && System.nanoTime() < deadline) {
			try {
				Thread.sleep(PRE_ORDER_POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			current = this.orders.findById(order.id());
		}
		return current;
	}

	private static ProblemException channelNotAnswering(String orderId) {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "CHANNEL_NOT_ANSWERING", "支付渠道暂时没有应答，请稍后重试",
				"The payment channel is not answering; retry later")
			.with("orderId", orderId);
	}

	private Instant expiry(NewOrder request, Instant now) {
		if (request.expiresAt() == null) {
			return now.plus(this.settings.orderTtl());
		}
		if (!request.expiresAt().isAfter(now.plusSeconds(60))
				|| request.expiresAt().isAfter(now.plus(this.settings.maxOrderTtl()))) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_EXPIRY", "支付截止时间无效", "Invalid payment expiry")
				.detail("截止时间须在1分钟之后、允许的最长期限之内。",
						"The expiry must be more than a minute ahead and within the allowed maximum.");
		}
		return request.expiresAt().truncatedTo(ChronoUnit.MILLIS);
	}

	private static void sameAs(OrderRow existing, NewOrder request) {
		boolean same = existing.channel() == request.channel() && existing.amountFen() == request.amountFen()
				&& Objects.equals(existing.payerSubject(), request.payerSubject());
		if (!same) {
			throw new ProblemException(HttpStatus.CONFLICT, "BUSINESS_REF_CONFLICT", "该业务已有不同的支付订单",
					"Another payment order exists for this business reference")
				.with("orderId", existing.id());
		}
	}

	/** An order and whether this request created it. */
	public record CreatedOrder(OrderView order, boolean created) {

	}

}
