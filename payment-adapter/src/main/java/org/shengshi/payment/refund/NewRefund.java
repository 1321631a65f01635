package org.shengshi.payment.refund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A refund request.
 *
 * @param amountFen how much to return, in fen (at most what is paid and not yet refunded
 * or being refunded)
 * @param reason shown to the payer by the channel
 */
public record NewRefund(@Positive long amountFen, @NotBlank @Size(max = 80) String reason) {

}
