package org.shengshi.identity.realname;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the population registry whether a name belongs to an ID number: {@code POST
 * /v1/identity/verify {idNumber, name}} answers {@code {"result": "MATCH" | "MISMATCH" |
 * "NOT_FOUND" | "DECEASED"}}. A timeout, a refused connection or a 5xx is
 * {@link RegistryUnavailableException}.
 */
@Component
class RegistryClient {

	private final RestClient http;

	RegistryClient(RestClient.Builder builder, RegistryProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		this.http = builder.clone().baseUrl(properties.baseUrl()).requestFactory(factory).build();
	}

	RegistryVerdict verify(String name, ResidentIdNumber idNumber) {
		try {
			Answer answer = this.http.post()
				.uri("/v1/identity/verify")
				.contentType(MediaType.APPLICATION_JSON)
				.body(new Query(name, idNumber.value()))
				.retrieve()
				.body(Answer.class);
			if (answer == null || answer.result() == null) {
				throw new RegistryUnavailableException("empty answer", null);
			}
			return RegistryVerdict.fromWire(answer.result());
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw new RegistryUnavailableException(ex.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * The request body. Its {@code toString} hides the values: Spring's web client logs
	 * bodies at DEBUG through it.
	 */
	record Query(String name, String idNumber) {

		@Override
		public String toString() {
			return "RegistryQuery[***]";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(String result) {
	}

}
