/**
 * The sweep that resolves every order left awaiting payment: active query, close on
 * expiry, pre-order resent when its answer was lost.
 */
package org.shengshi.payment.sweep;
