/**
 * Plumbing shared by the channel adapters only: HTTP with explicit timeouts that turns
 * I/O trouble into
 * {@link org.shengshi.payment.channel.support.ChannelUnavailableException},
 * SHA256withRSA, PEM loading, form and JSON reading that refuse malformed input. Not for
 * use outside {@code org.shengshi.payment.channel}.
 */
package org.shengshi.payment.channel.support;
