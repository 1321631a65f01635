package org.shengshi.certificate.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Client-credentials access tokens of this service's own Keycloak client, cached until
 * shortly before they expire.
 */
class ServiceTokens {

	static final Duration EARLY_REFRESH = Duration.ofSeconds(30);

	private final RestClient http;

	private final IdentityClientProperties properties;

	private final Clock clock;

	private String token;

	private Instant refreshAt = Instant.MIN;

	ServiceTokens(RestClient http, IdentityClientProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	synchronized String token() {
		Instant now = this.clock.instant();
		if (this.token != null && now.isBefore(this.refreshAt)) {
			return this.token;
		}
		TokenAnswer answer = fetch();
		this.token = answer.accessToken();
		long lifetime = Math.max(0, answer.expiresIn() - EARLY_REFRESH.toSeconds());
		this.refreshAt = now.plusSeconds(lifetime);
		return this.token;
	}

	/** Forgets the cached token (identity-service refused it). */
	synchronized void invalidate() {
		this.token = null;
		this.refreshAt = Instant.MIN;
	}

	private TokenAnswer fetch() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.properties.clientId());
		form.add("client_secret", (this.properties.clientSecret() != null) ? this.properties.clientSecret() : "");
		try {
			TokenAnswer answer = this.http.post()
				.uri(this.properties.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(TokenAnswer.class);
			if (answer == null || answer.accessToken() == null || answer.accessToken().isBlank()) {
				throw new IdentityUnavailableException("token endpoint gave no access token", null);
			}
			return answer;
		}
		catch (RestClientException ex) {
			throw new IdentityUnavailableException("token endpoint: " + ex.getClass().getSimpleName(), ex);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {

		@Override
		public String toString() {
			return "TokenAnswer[expiresIn=" + this.expiresIn + "]";
		}

	}

}
