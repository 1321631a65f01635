package org.shengshi.identity.face;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Liveness + comparison with the registry photo: {@code POST /v1/face/compare {idNumber,
 * livenessToken}} answers {@code {"result": "PASS" | "FAIL", "score": ...}}. A timeout, a
 * non-2xx or any other result is {@link FaceProviderUnavailableException}.
 */
@Component
class FaceClient {

	private final RestClient http;

	FaceClient(RestClient.Builder builder, FaceProviderProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		this.http = builder.clone().baseUrl(properties.url()).requestFactory(factory).build();
	}

	boolean matches(String idNumber, String livenessToken) {
		try {
			Answer answer = this.http.post()
				.uri("/v1/face/compare")
				.contentType(MediaType.APPLICATION_JSON)
				.body(new Comparison(idNumber, livenessToken))
				.retrieve()
				.body(Answer.class);
			if (answer != null && "PASS".equals(answer.result())) {
				return true;
			}
			if (answer != null && "FAIL".equals(answer.result())) {
				return false;
			}
			throw new FaceProviderUnavailableException("unexpected answer", null);
		}
		catch (RestClientException ex) {
			throw new FaceProviderUnavailableException(ex.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * The request body; its {@code toString} hides the values.
	 */
	record Comparison(String idNumber, String livenessToken) {

		@Override
		public String toString() {
			return "FaceComparison[***]";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(String result, Double score) {
	}

	/**
	 * The provider did not give a verdict.
	 */
	static class FaceProviderUnavailableException extends RuntimeException {

		FaceProviderUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
