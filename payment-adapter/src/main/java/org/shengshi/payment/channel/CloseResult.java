package org.shengshi.payment.channel;

/**
 * Answer of a close: the channel will not accept a payment for this order any more.
 *
 * @param alreadyClosed the channel said the order was already closed (or never existed)
 */
public record CloseResult(boolean alreadyClosed) {

}
