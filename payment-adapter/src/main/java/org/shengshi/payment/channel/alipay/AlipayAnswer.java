package org.shengshi.payment.channel.alipay;

import java.util.Set;
import java.util.function.Function;

import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.support.Guarded;
import org.shengshi.payment.channel.support.HttpReply;
import org.shengshi.payment.channel.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * A verified gateway answer, or the HTTP error that stood in for one.
 */
final class AlipayAnswer {

	/** Codes that say "we don't know": the call may or may not have taken effect. */
	private static final Set<String> UNKNOWN_SUB_CODES = Set.of("ACQ.SYSTEM_ERROR", "isp.unknow-error",
			"aop.ACQ.SYSTEM_ERROR");

	private final JsonNode response;

	private final HttpReply httpError;

	private AlipayAnswer(JsonNode response, HttpReply httpError) {
		this.response = response;
		this.httpError = httpError;
	}

	static AlipayAnswer of(JsonNode response) {
		return new AlipayAnswer(response, null);
	}

	static AlipayAnswer httpError(HttpReply reply) {
		return new AlipayAnswer(null, reply);
	}

	boolean isSubCode(String subCode) {
		return this.response != null && subCode.equals(Json.optionalText(this.response, "sub_code"));
	}

	<T> ChannelResult<T> map(Function<JsonNode, ChannelResult<T>> onSuccess) {
		if (this.httpError != null) {
			return Guarded.httpError(this.httpError, "HTTP_" + this.httpError.status(), "Alipay gateway refused");
		}
		String code = Json.text(this.response, "code");
		if ("10000".equals(code)) {
			return onSuccess.apply(this.response);
		}
		String subCode = Json.optionalText(this.response, "sub_code");
		if ("20000".equals(code) || UNKNOWN_SUB_CODES.contains(subCode)) {
			return ChannelResult.unknown(subCode == null ? code : subCode, "Alipay unsure: " + code);
		}
		return ChannelResult.failure(subCode == null ? code : subCode, "Alipay refused: " + code);
	}

}
