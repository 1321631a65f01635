package org.shengshi.platform.ordersapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records one {@code order_effect} row per handled {@code order.placed} event. Items
 * named {@code poison} always fail; items named {@code flaky-<n>} fail their first n
 * attempts.
 */
@Component
public class OrderPlacedHandler implements EventHandler {

	private final JdbcTemplate jdbc;

	private final String service;

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	OrderPlacedHandler(JdbcTemplate jdbc, @Value("${spring.application.name}") String service) {
		this.jdbc = jdbc;
		this.service = service;
	}

	@Override
	public String sourceStream() {
		return this.service;
	}

	@Override
	public boolean handles(String type) {
		return "order.placed".equals(type);
	}

	@Override
	public void handle(EventEnvelope event) {
		int attempt = this.attempts.computeIfAbsent(event.id(), (id) -> new AtomicInteger()).incrementAndGet();
		OrderPlaced order = event.dataAs(OrderPlaced.class);
		this.jdbc.update("INSERT INTO order_effect (event_id, order_id, traceparent) VALUES (?, ?, ?)", event.id(),
				order.orderId(), MDC.get("traceparent"));
		if (order.item().equals("poison")) {
			throw new IllegalStateException("poison order");
		}
		if (order.item().startsWith("flaky-") && attempt <= Integer.parseInt(order.item().substring(6))) {
			throw new IllegalStateException("flaky order, attempt " + attempt);
		}
	}

	public int attempts(String eventId) {
		AtomicInteger count = this.attempts.get(eventId);
		return (count != null) ? count.get() : 0;
	}

}
