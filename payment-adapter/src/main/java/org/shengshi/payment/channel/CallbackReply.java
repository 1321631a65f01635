package org.shengshi.payment.channel;

/**
 * The HTTP answer a channel expects for its callback.
 *
 * @param status HTTP status
 * @param contentType content type of {@code body}, {@code null} when there is no body
 * @param body the body, {@code null} for none
 */
public record CallbackReply(int status, String contentType, String body) {

}
