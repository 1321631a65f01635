/**
 * Payment orders and their state machine.
 * {@link org.shengshi.payment.order.OrderTransitions} is the explicit status × event
 * table; {@link org.shengshi.payment.order.PaymentOrder} is the immutable aggregate that
 * owns its amounts (paid, refunded) and only changes through that table, so a persisted
 * update can be made conditional on the status it was read in.
 */
package org.shengshi.payment.order;
