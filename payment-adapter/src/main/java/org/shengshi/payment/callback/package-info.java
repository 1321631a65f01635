/**
 * Checks a verified callback against the order it names, as a pure function: a valid
 * signature proves who sent it, not that it is about our order, our merchant, our app and
 * the amount we asked for.
 */
package org.shengshi.payment.callback;
