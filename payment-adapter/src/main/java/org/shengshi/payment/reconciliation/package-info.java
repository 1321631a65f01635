/**
 * Daily reconciliation (对账) of a channel statement against the local ledger: a pure
 * comparison that reports 长款 (the channel has money we do not account for), 短款 (we
 * account for money the channel does not have), 单边账 (refunds known to one side only) and
 * amount mismatches, and marks the one case safe to repair automatically: paid at the
 * channel, still awaiting payment here, same amount.
 */
package org.shengshi.payment.reconciliation;
