package org.shengshi.platform.ordersapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A tiny service used to test the starter's events and idempotency against real MariaDB,
 * Redis and HTTP: orders publish {@code order.placed}, a handler of its own stream
 * records the effect, and an idempotent POST creates receipts.
 */
@SpringBootApplication
public class OrdersApplication {

}
