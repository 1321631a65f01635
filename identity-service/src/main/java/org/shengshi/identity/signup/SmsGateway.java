package org.shengshi.identity.signup;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends text messages: {@code POST /v1/sms/send {phone, templateCode, params}} answers
 * {@code {"code": "OK", "messageId": ...}}. Anything else — another code, a 4xx/5xx, a
 * timeout — is {@link SmsUnavailableException}.
 */
@Component
class SmsGateway {

	private final RestClient http;

	SmsGateway(RestClient.Builder builder, SmsProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		this.http = builder.clone().baseUrl(properties.url()).requestFactory(factory).build();
	}

	void send(String phone, String templateCode, Map<String, String> params) {
		try {
			Answer answer = this.http.post()
				.uri("/v1/sms/send")
				.contentType(MediaType.APPLICATION_JSON)
				.body(new Message(phone, templateCode, params))
				.retrieve()
				.body(Answer.class);
			if (answer == null || !"OK".equals(answer.code())) {
				throw new SmsUnavailableException("refused: " + ((answer != null) ? answer.code() : "empty"), null);
			}
		}
		catch (RestClientException ex) {
			throw new SmsUnavailableException(ex.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * The request body; its {@code toString} hides the phone and the code.
	 */
	record Message(String phone, String templateCode, Map<String, String> params) {

		@Override
		public String toString() {
			return "SmsMessage[" + this.templateCode + "]";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(String code, String messageId) {
	}

	/**
	 * The message was not accepted.
	 */
	static class SmsUnavailableException extends RuntimeException {

		SmsUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
