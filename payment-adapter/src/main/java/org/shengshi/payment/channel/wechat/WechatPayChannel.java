package org.shengshi.payment.channel.wechat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shengshi.payment.channel.CallbackReply;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.CloseResult;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.PrepayRequest;
import org.shengshi.payment.channel.PrepayResult;
import org.shengshi.payment.channel.RefundRef;
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.RefundSnapshot;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.channel.support.ChannelHttp;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.Guarded;
import org.shengshi.payment.channel.support.HttpReply;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.channel.support.UnverifiedResponseException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * WeChat Pay API v3 for a direct merchant. Every 2xx answer must carry a valid platform
 * signature, otherwise the outcome is UNKNOWN; error answers are read from their JSON
 * {@code code}: 5xx and 429 are UNKNOWN, other 4xx definitive.
 */
public final class WechatPayChannel implements PaymentChannel {

	private final WechatPayConfig config;

	private final ChannelHttp http;

	private final WechatSigner signer;

	private final WechatVerifier verifier;

	private final WechatCallbacks callbacks;

	public WechatPayChannel(WechatPayConfig config) {
		this.config = config;
		this.http = new ChannelHttp(config.baseUrl(), config.timeouts());
		this.signer = new WechatSigner(config);
		this.verifier = new WechatVerifier(config);
		this.callbacks = new WechatCallbacks(config, this.verifier);
	}

	@Override
	public ChannelId id() {
		return ChannelId.WECHAT;
	}

	@Override
	public ChannelIdentity identity() {
		return new ChannelIdentity(this.config.mchId(), this.config.appId());
	}

	@Override
	public ChannelResult<PrepayResult> createOrder(PrepayRequest request) {
		return Guarded.call("wechat prepay", () -> {
			boolean jsapi = request.payerChannelId() != null;
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("appid", this.config.appId());
			body.put("mchid", this.config.mchId());
			body.put("description", request.description());
			body.put("out_trade_no", request.outTradeNo());
			body.put("time_expire", ChannelTime.rfc3339(request.expiresAt()));
			body.put("notify_url", this.config.notifyUrl());
			body.put("amount", Map.of("total", request.amount().value(), "currency", "CNY"));
			if (jsapi) {
				body.put("payer", Map.of("openid", request.payerChannelId()));
			}
			HttpReply reply = send(HttpMethod.POST,
					jsapi ? "/v3/pay/transactions/jsapi" : "/v3/pay/transactions/native", Json.write(body));
			if (reply.status() != 200) {
				return error(reply);
			}
			JsonNode json = verifiedJson(reply);
			return ChannelResult.ok(jsapi ? new PrepayResult(PrepayResult.Kind.PREPAY_ID, Json.text(json, "prepay_id"))
					: new PrepayResult(PrepayResult.Kind.QR_CODE, Json.text(json, "code_url")));
		});
	}

	@Override
	public ChannelResult<TradeSnapshot> query(TradeRef trade) {
		return Guarded.call("wechat query", () -> {
			HttpReply reply = send(HttpMethod.GET, "/v3/pay/transactions/out-trade-no/" + segment(trade.outTradeNo())
					+ "?mchid=" + UriUtils.encodeQueryParam(this.config.mchId(), StandardCharsets.UTF_8), null);
			if (reply.status() == 404 && "ORDER_NOT_EXIST".equals(errorCode(reply))) {
				return ChannelResult.ok(TradeSnapshot.notFound(trade.outTradeNo()));
			}
			if (reply.status() != 200) {
				return error(reply);
			}
			return ChannelResult.ok(WechatMessages.trade(verifiedJson(reply)));
		});
	}

	@Override
	public ChannelResult<CloseResult> close(TradeRef trade) {
		return Guarded.call("wechat close", () -> {
			HttpReply reply = send(HttpMethod.POST,
					"/v3/pay/transactions/out-trade-no/" + segment(trade.outTradeNo()) + "/close",
					Json.write(Map.of("mchid", this.config.mchId())));
			if (reply.status() == 204) {
				verify(reply);
				return ChannelResult.ok(new CloseResult(false));
			}
			String code = errorCode(reply);
			if ("ORDER_CLOSED".equals(code) || "ORDER_NOT_EXIST".equals(code)) {
				return ChannelResult.ok(new CloseResult(true));
			}
			if ("ORDERPAID".equals(code) || "ORDER_PAID".equals(code)) {
				return ChannelResult.failure("ORDER_PAID", "paid at WeChat Pay before it could be closed");
			}
			return error(reply);
		});
	}

	@Override
	public ChannelResult<RefundSnapshot> refund(RefundRequest request) {
		return Guarded.call("wechat refund", () -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("out_trade_no", request.trade().outTradeNo());
			body.put("out_refund_no", request.outRefundNo());
			if (request.reason() != null) {
				body.put("reason", request.reason());
			}
			body.put("notify_url", this.config.notifyUrl());
			body.put("amount", Map.of("refund", request.refund().value(), "total", request.orderTotal().value(),
					"currency", "CNY"));
			HttpReply reply = send(HttpMethod.POST, "/v3/refund/domestic/refunds", Json.write(body));
			if (reply.status() != 200) {
				return error(reply);
			}
			return ChannelResult.ok(WechatMessages.refund(verifiedJson(reply)));
		});
	}

	@Override
	public ChannelResult<RefundSnapshot> queryRefund(RefundRef refund) {
		return Guarded.call("wechat refund query", () -> {
			HttpReply reply = send(HttpMethod.GET, "/v3/refund/domestic/refunds/" + segment(refund.outRefundNo()),
					null);
			if (reply.status() == 404 && "RESOURCE_NOT_EXISTS".equals(errorCode(reply))) {
				return ChannelResult.ok(WechatMessages.refundNotFound(refund.outRefundNo()));
			}
			if (reply.status() != 200) {
				return error(reply);
			}
			return ChannelResult.ok(WechatMessages.refund(verifiedJson(reply)));
		});
	}

	/**
	 * Trade bill of type ALL. {@code NO_STATEMENT_EXIST} (no trade that day) is an empty
	 * statement; {@code STATEMENT_CREATING} (before about 10:00 next day) is UNKNOWN. The
	 * file is checked against the SHA-1 the bill API announced.
	 */
	@Override
	public ChannelResult<Statement> downloadStatement(LocalDate date) {
		return Guarded.call("wechat bill", () -> {
			HttpReply reply = send(HttpMethod.GET, "/v3/bill/tradebill?bill_date=" + date + "&bill_type=ALL", null);
			String code = reply.status() == 200 ? null : errorCode(reply);
			if ("NO_STATEMENT_EXIST".equals(code)) {
				return ChannelResult.ok(new Statement(ChannelId.WECHAT, date, List.of()));
			}
			if ("STATEMENT_CREATING".equals(code)) {
				return ChannelResult.unknown("STATEMENT_CREATING", "the bill is not ready yet");
			}
			if (reply.status() != 200) {
				return error(reply);
			}
			JsonNode json = verifiedJson(reply);
			URI file = URI.create(Json.text(json, "download_url"));
			HttpReply download = this.http.send(HttpMethod.GET, file, headers(HttpMethod.GET, canonicalUrl(file), null),
					null);
			if (download.status() != 200) {
				return error(download);
			}
			checkHash(Json.text(json, "hash_type"), Json.text(json, "hash_value"), download.body());
			return ChannelResult.ok(WechatBill.parse(download.bodyText(), date));
		});
	}

	@Override
	public CallbackVerification parseCallback(CallbackRequest request) {
		return this.callbacks.parse(request);
	}

	/** WeChat treats 200/204 as received; 204 has no body. */
	@Override
	public CallbackReply acknowledge() {
		return new CallbackReply(204, null, null);
	}

	/**
	 * A non-2xx makes WeChat retry; the body is {@code {"code":"FAIL","message":...}}.
	 */
	@Override
	public CallbackReply refuse(String message) {
		return new CallbackReply(400, "application/json",
				Json.write(Map.of("code", "FAIL", "message", message == null ? "FAIL" : message)));
	}

	private HttpReply send(HttpMethod method, String pathAndQuery, String jsonBody) {
		byte[] body = jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8);
		return this.http.send(method, this.http.resolve(pathAndQuery), headers(method, pathAndQuery, jsonBody), body);
	}

	private Map<String, String> headers(HttpMethod method, String canonicalUrl, String jsonBody) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", this.signer.authorization(method.name(), canonicalUrl, jsonBody));
		headers.put("Accept", "application/json");
		if (jsonBody != null) {
			headers.put("Content-Type", "application/json");
		}
		return headers;
	}

	private JsonNode verifiedJson(HttpReply reply) {
		verify(reply);
		return Json.parse(reply.body());
	}

	private void verify(HttpReply reply) {
		this.verifier
			.check(reply.header(WechatVerifier.SERIAL), reply.header(WechatVerifier.TIMESTAMP),
					reply.header(WechatVerifier.NONCE), reply.header(WechatVerifier.SIGNATURE), reply.body())
			.ifPresent((reason) -> {
				throw new UnverifiedResponseException("WeChat Pay answer not verified: " + reason);
			});
	}

	private static <T> ChannelResult<T> error(HttpReply reply) {
		String code = errorCode(reply);
		return Guarded.httpError(reply, code, "WeChat Pay refused: " + code);
	}

	private static String errorCode(HttpReply reply) {
		try {
			return Json.text(Json.parse(reply.body()), "code");
		}
		catch (MalformedMessageException ex) {
			return "HTTP_" + reply.status();
		}
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	private static String canonicalUrl(URI uri) {
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static void checkHash(String type, String expected, byte[] file) {
		if (!"SHA1".equalsIgnoreCase(type)) {
			throw new MalformedMessageException("unsupported bill hash " + type);
		}
		try {
			String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(file));
			if (!actual.equalsIgnoreCase(expected)) {
				throw new MalformedMessageException("bill file does not match its SHA-1");
			}
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
