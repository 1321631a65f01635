package org.shengshi.payment.order;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.shengshi.payment.channel.ChannelId;

/**
 * A request to collect a fee.
 *
 * @param businessRef the business reference (e.g. the case id): one order per reference
 * @param channel the channel to pay through
 * @param amountFen the amount in fen (1 fen to 1,000,000 yuan)
 * @param description shown to the payer by the channel
 * @param payerSubject the token subject of the resident who pays
 * @param expiresAt when the payer can no longer pay; default now + {@code order-ttl}
 */
public record NewOrder(@NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String businessRef,
		@NotNull ChannelId channel, @Positive @Max(100_000_000L) long amountFen,
		@NotBlank @Size(max = 128) String description, @NotBlank @Size(max = 64) String payerSubject,
		Instant expiresAt) {

}
