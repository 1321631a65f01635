/**
 * Money as an exact count of fen (分, 1/100 yuan, currency CNY). Never floating point:
 * yuan strings from channels are converted exactly or refused.
 */
package org.shengshi.payment.money;
