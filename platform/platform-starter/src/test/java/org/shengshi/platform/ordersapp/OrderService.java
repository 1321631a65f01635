package org.shengshi.platform.ordersapp;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventPublisher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders: the order row and its {@code order.placed} event commit together.
 */
@Service
public class OrderService {

	private final JdbcTemplate jdbc;

	private final EventPublisher events;

	OrderService(JdbcTemplate jdbc, EventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public EventEnvelope place(String item, int quantity) {
		String orderId = UUID.randomUUID().toString();
		this.jdbc.update("INSERT INTO orders (id, item, quantity, created_at) VALUES (?, ?, ?, ?)", orderId, item,
				quantity, LocalDateTime.now(ZoneOffset.UTC));
		return this.events.publish("order.placed", orderId, new OrderPlaced(orderId, item, quantity));
	}

	/**
	 * Inserts the order and publishes its event, then fails, so the transaction rolls
	 * back.
	 */
	@Transactional
	public void placeThenFail(String item, String orderId) {
		this.jdbc.update("INSERT INTO orders (id, item, quantity, created_at) VALUES (?, ?, ?, ?)", orderId, item, 1,
				LocalDateTime.now(ZoneOffset.UTC));
		this.events.publish("order.placed", orderId, new OrderPlaced(orderId, item, 1));
		throw new IllegalStateException("failure after publishing");
	}

}
