package org.shengshi.payment.channel.alipay;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.Set;

import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.channel.support.Sha256WithRsa;
import org.shengshi.payment.channel.support.UnverifiedResponseException;
import tools.jackson.databind.JsonNode;

/**
 * Alipay RSA2 (SHA256withRSA) in its three uses: a request is signed over all its sorted
 * non-empty parameters but {@code sign}; a notification is verified over the same without
 * {@code sign} and {@code sign_type}; an answer is verified over the raw JSON text of its
 * {@code xxx_response} object.
 */
final class AlipaySignature {

	static final Set<String> REQUEST_EXCLUDED = Set.of("sign");

	static final Set<String> NOTIFY_EXCLUDED = Set.of("sign", "sign_type");

	private AlipaySignature() {
	}

	static String signRequest(PrivateKey key, Map<String, String> params) {
		return Sha256WithRsa.sign(key, FormCodec.canonical(params, REQUEST_EXCLUDED).getBytes(StandardCharsets.UTF_8));
	}

	static boolean verifyNotification(PublicKey key, Map<String, String> params) {
		return Sha256WithRsa.verify(key, FormCodec.canonical(params, NOTIFY_EXCLUDED).getBytes(StandardCharsets.UTF_8),
				params.get("sign"));
	}

	/**
	 * Returns the verified {@code responseKey} object of an answer. A success answer
	 * ({@code code} 10000) without a valid signature is refused; an error answer is
	 * returned as is when unsigned (Alipay does not sign every gateway error) but refused
	 * when a signature is present and wrong.
	 */
	static JsonNode verifiedResponse(PublicKey key, String body, String responseKey) {
		JsonNode root = Json.parse(body);
		String usedKey = root.has(responseKey) ? responseKey : "error_response";
		JsonNode response = Json.object(root, usedKey);
		String sign = Json.optionalText(root, "sign");
		boolean success = "10000".equals(Json.optionalText(response, "code"));
		if (sign == null && !success) {
			return response;
		}
		String raw = rawObject(body, usedKey);
		if (!Json.parse(raw).equals(response)
				|| !Sha256WithRsa.verify(key, raw.getBytes(StandardCharsets.UTF_8), sign)) {
			throw new UnverifiedResponseException("Alipay answer signature does not verify");
		}
		return response;
	}

	/** The exact text of the object value of {@code key}, as signed by Alipay. */
	static String rawObject(String body, String key) {
		int keyAt = body.indexOf('"' + key + '"');
		if (keyAt < 0) {
			throw new MalformedMessageException("no " + key);
		}
		int start = body.indexOf('{', keyAt + key.length() + 2);
		if (start < 0) {
			throw new MalformedMessageException(key + " is not an object");
		}
		int depth = 0;
		boolean inString = false;
		for (int i = start; i < body.length(); i++) {
			char c = body.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return body.substring(start, i + 1);
			}
		}
		throw new MalformedMessageException(key + " object is not closed");
	}

}
