package org.shengshi.cases.payment;

/**
 * Data of {@code payment.succeeded} (data version 1) from payment-adapter; contract in
 * docs/architecture.md.
 *
 * @param orderId the payment order
 * @param businessRef what was paid for: the case id
 * @param amountFen amount paid, in fen
 */
record PaymentSucceeded(String orderId, String businessRef, long amountFen) {
}
