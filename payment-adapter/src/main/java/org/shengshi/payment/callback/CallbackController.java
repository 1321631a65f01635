package org.shengshi.payment.callback;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.shengshi.payment.channel.CallbackReply;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Channel notifications ({@code POST
 * /api/v1/payments/callbacks/{wechat|alipay|unionpay|sandbox}}). Anonymous: each is
 * verified by its channel's signature over the raw body bytes.
 */
@RestController
class CallbackController {

	private final CallbackService callbacks;

	CallbackController(CallbackService callbacks) {
		this.callbacks = callbacks;
	}

	@PostMapping("/api/v1/payments/callbacks/{channel}")
	ResponseEntity<String> receive(@PathVariable String channel, HttpServletRequest request) throws IOException {
		byte[] body = StreamUtils.copyToByteArray(request.getInputStream());
		CallbackReply reply = this.callbacks.handle(channelId(channel), new CallbackRequest(headers(request), body));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(reply.status());
		if (reply.contentType() != null) {
			response.contentType(MediaType.parseMediaType(reply.contentType()));
		}
		return response.body(reply.body());
	}

	private static ChannelId channelId(String name) {
		for (ChannelId id : ChannelId.values()) {
			if (id.name().toLowerCase(Locale.ROOT).equals(name)) {
				return id;
			}
		}
		throw new ProblemException(HttpStatus.NOT_FOUND, "CHANNEL_UNAVAILABLE", "支付渠道不可用",
				"Payment channel not available");
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, request.getHeader(name));
		}
		return headers;
	}

}
