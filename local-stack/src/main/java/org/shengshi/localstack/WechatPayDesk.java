package org.shengshi.localstack;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WeChat Pay v3 sandbox's trade book, as a WireMock transformer of the
 * {@code wechat-pay} mappings: a pre-order books the trade (the same order number again
 * gets the same answer), a query answers its state, a close closes it unless paid, and
 * {@link #payWith(String)} plays the payer, after which queries answer {@code SUCCESS}.
 * Every success answer is signed by the sandbox platform key ({@code Wechatpay-*}
 * headers), as payment-adapter verifies it.
 */
public final class WechatPayDesk implements ResponseDefinitionTransformerV2 {

	static final String NAME = "wechat-pay-desk";

	private static final Pattern PREPAY = Pattern.compile("/v3/pay/transactions/(native|jsapi)");

	private static final Pattern TRADE = Pattern.compile("/v3/pay/transactions/out-trade-no/([^/?]+)(/close)?");

	private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WechatPayDevKeys keys;

	private final Map<String, Trade> trades = new ConcurrentHashMap<>();

	WechatPayDesk(WechatPayDevKeys keys) {
		this.keys = keys;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		Request request = event.getRequest();
		String path = request.getUrl().replaceFirst("\\?.*", "");
		ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(event.getResponseDefinition()).but();
		Matcher prepay = PREPAY.matcher(path);
		if (prepay.matches() && request.getMethod().getName().equals("POST")) {
			return prepay(answer, request.getBodyAsString(), prepay.group(1)).build();
		}
		Matcher trade = TRADE.matcher(path);
		if (!trade.matches()) {
			return error(answer, 404, "NOT_FOUND", "no such API in the sandbox").build();
		}
		Trade booked = this.trades.get(trade.group(1));
		if (booked == null) {
			return error(answer, 404, "ORDER_NOT_EXIST", "订单不存在").build();
		}
		if (trade.group(2) == null) {
			return signed(answer, 200, Json.write(booked.asQueryAnswer())).build();
		}
		if (booked.state().equals("SUCCESS")) {
			return error(answer, 400, "ORDERPAID", "订单已支付").build();
		}
		this.trades.computeIfPresent(booked.outTradeNo(), (key, current) -> current.withState("CLOSED", null));
		return signed(answer, 204, "").build();
	}

	/**
	 * The payer pays with what the merchant's app showed (the QR code's {@code code_url}
	 * or the {@code prepay_id}): from now on the trade is {@code SUCCESS}; paying it
	 * again changes nothing. Returns the notification WeChat Pay sends to the merchant's
	 * {@code notify_url}.
	 * @throws IllegalStateException for a value the sandbox never gave or a closed trade
	 */
	public Notification payWith(String prepayValue) {
		String outTradeNo = this.trades.values()
			.stream()
			.filter((trade) -> trade.codeUrl().equals(prepayValue) || trade.prepayId().equals(prepayValue))
			.map(Trade::outTradeNo)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(prepayValue + " was never given by the sandbox"));
		Trade paid = this.trades.computeIfPresent(outTradeNo, (key, current) -> switch (current.state()) {
			case "NOTPAY" -> current.withState("SUCCESS", Instant.now().truncatedTo(ChronoUnit.SECONDS));
			case "SUCCESS" -> current;
			default -> throw new IllegalStateException(outTradeNo + " is " + current.state());
		});
		return notificationOf(paid);
	}

	private ResponseDefinitionBuilder prepay(ResponseDefinitionBuilder answer, String body, String kind) {
		@SuppressWarnings("unchecked")
		Map<String, Object> order = Json.read(body, Map.class);
		Object outTradeNo = order.get("out_trade_no");
		Object amount = (order.get("amount") instanceof Map<?, ?> map) ? map.get("total") : null;
		if (!(outTradeNo instanceof String number) || !(amount instanceof Number total)) {
			return error(answer, 400, "PARAM_ERROR", "out_trade_no and amount.total are required");
		}
		Trade trade = this.trades.computeIfAbsent(number, (key) -> Trade.booked(key, total.longValue()));
		if (trade.total() != total.longValue()) {
			return error(answer, 400, "INVALID_REQUEST", "商户订单号重复");
		}
		return signed(answer, 200, Json.write(
				kind.equals("native") ? Map.of("code_url", trade.codeUrl()) : Map.of("prepay_id", trade.prepayId())));
	}

	private Notification notificationOf(Trade trade) {
		String nonce = randomText(12);
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("original_type", "transaction");
		resource.put("algorithm", "AEAD_AES_256_GCM");
		resource.put("ciphertext", this.keys.encryptResource("transaction", nonce, Json.write(trade.asQueryAnswer())));
		resource.put("associated_data", "transaction");
		resource.put("nonce", nonce);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", UUID.randomUUID().toString());
		envelope.put("create_time", OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS).format(RFC3339));
		envelope.put("resource_type", "encrypt-resource");
		envelope.put("event_type", "TRANSACTION.SUCCESS");
		envelope.put("summary", "支付成功");
		envelope.put("resource", resource);
		String body = Json.write(envelope);
		return new Notification(signatureHeaders(body), body);
	}

	private ResponseDefinitionBuilder signed(ResponseDefinitionBuilder answer, int status, String body) {
		answer.withStatus(status).withBody(body).withHeader("Request-ID", UUID.randomUUID().toString());
		if (!body.isEmpty()) {
			answer.withHeader("Content-Type", "application/json");
		}
		signatureHeaders(body).forEach(answer::withHeader);
		return answer;
	}

	private Map<String, String> signatureHeaders(String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = randomText(32);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Wechatpay-Serial", this.keys.platformSerial());
		headers.put("Wechatpay-Timestamp", timestamp);
		headers.put("Wechatpay-Nonce", nonce);
		headers.put("Wechatpay-Signature", this.keys.platformSignature(timestamp, nonce, body));
		headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
		return headers;
	}

	private static ResponseDefinitionBuilder error(ResponseDefinitionBuilder answer, int status, String code,
			String message) {
		return answer.withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(Json.write(Map.of("code", code, "message", message)));
	}

	private static String randomText(int length) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	/**
	 * A notification as WeChat Pay posts it: these headers and this exact body.
	 */
	public record Notification(Map<String, String> headers, String body) {

		/** The headers as name, value, name, value … */
		public String[] headerPairs() {
			return this.headers.entrySet()
				.stream()
				.flatMap((header) -> java.util.stream.Stream.of(header.getKey(), header.getValue()))
				.toArray(String[]::new);
		}

	}

	/** A trade the sandbox booked. */
	private record Trade(String outTradeNo, long total, String state, String transactionId, String prepayId,
			Instant paidAt) {

		private static final DateTimeFormatter PREPAY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

		static Trade booked(String outTradeNo, long total) {
			return new Trade(outTradeNo, total, "NOTPAY", "4200" + digits(24),
					"wx" + OffsetDateTime.now(BEIJING).format(PREPAY_TIME) + randomText(18), null);
		}

		Trade withState(String newState, Instant paid) {
			return new Trade(this.outTradeNo, this.total, newState, this.transactionId, this.prepayId, paid);
		}

		String codeUrl() {
			return "weixin://wxpay/bizpayurl?pr=" + this.prepayId.substring(this.prepayId.length() - 10);
		}

		private static String digits(int count) {
			StringBuilder digits = new StringBuilder(count);
			for (int i = 0; i < count; i++) {
				digits.append(RANDOM.nextInt(10));
			}
			return digits.toString();
		}

		Map<String, Object> asQueryAnswer() {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("appid", WechatPayDevKeys.APP_ID);
			answer.put("mchid", WechatPayDevKeys.MCH_ID);
			answer.put("out_trade_no", this.outTradeNo);
			answer.put("trade_type", "NATIVE");
			answer.put("trade_state", this.state);
			if (this.paidAt != null) {
				answer.put("transaction_id", this.transactionId);
				answer.put("success_time", OffsetDateTime.ofInstant(this.paidAt, BEIJING).format(RFC3339));
			}
			answer.put("amount",
					Map.of("total", this.total, "payer_total", this.total, "currency", "CNY", "payer_currency", "CNY"));
			return answer;
		}

	}

}
