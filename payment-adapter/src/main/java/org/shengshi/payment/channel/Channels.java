package org.shengshi.payment.channel;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/** The channels this instance is configured for, by id. */
public final class Channels {

	private final Map<ChannelId, PaymentChannel> byId = new EnumMap<>(ChannelId.class);

	public Channels(Collection<PaymentChannel> channels) {
		for (PaymentChannel channel : channels) {
			if (this.byId.put(channel.id(), channel) != null) {
				throw new IllegalStateException("two channels configured for " + channel.id());
			}
		}
	}

	public Optional<PaymentChannel> find(ChannelId id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The channel, or 422 {@code CHANNEL_UNAVAILABLE} when it is not configured here. */
	public PaymentChannel require(ChannelId id) {
		return find(id).orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "CHANNEL_UNAVAILABLE",
				"支付渠道不可用", "Payment channel not available")
			.with("channel", id.name()));
	}

	public List<PaymentChannel> all() {
		return List.copyOf(this.byId.values());
	}

}
