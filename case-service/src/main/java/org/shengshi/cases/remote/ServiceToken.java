package org.shengshi.cases.remote;

import java.time.Clock;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * case-service's own access token (OAuth 2.0 client credentials grant at Keycloak), kept
 * until shortly before it expires. Failures surface as
 * {@link org.springframework.web.client.RestClientException} like any other remote call.
 */
class ServiceToken {

	private static final long MARGIN_SECONDS = 10;

	private final RestClient http;

	private final RemoteProperties properties;

	private final Clock clock;

	private String token;

	private Instant expiry = Instant.EPOCH;

	ServiceToken(RestClient http, RemoteProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	synchronized String value() {
		Instant now = this.clock.instant();
		if (this.token == null || !now.isBefore(this.expiry)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("client_id", this.properties.clientId());
			form.add("client_secret", this.properties.clientSecret());
			JsonNode answer = this.http.post()
				.uri(this.properties.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class);
			if (answer == null || !answer.path("access_token").isString()) {
				throw new IllegalStateException("the token endpoint answered without an access token");
			}
			this.token = answer.path("access_token").asString();
			long lifetime = Math.max(MARGIN_SECONDS * 2, answer.path("expires_in").asLong(60));
			this.expiry = now.plusSeconds(lifetime - MARGIN_SECONDS);
		}
		return this.token;
	}

	/** Forgets the token, e.g. after a 401 from another service. */
	synchronized void forget() {
		this.token = null;
	}

}
