package org.shengshi.platform.ordersapp;

/**
 * Data of the {@code order.placed} event.
 */
public record OrderPlaced(String orderId, String item, int quantity) {

}
