/**
 * Refunds of paid orders: full and partial, never more than paid (amounts in flight are
 * reserved under the order's row lock), their own status table
 * ({@link org.shengshi.payment.refund.RefundTransitions}), channel answers, verified
 * callbacks and the sweep applied once, {@code payment.refunded} through the outbox.
 */
package org.shengshi.payment.refund;
