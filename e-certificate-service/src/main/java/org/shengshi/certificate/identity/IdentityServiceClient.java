package org.shengshi.certificate.identity;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads a verified identity by reference from identity-service: {@code GET
 * /api/v1/identity/identities/{identityId}?purpose=...} with a client-credentials token
 * (role {@code system}); identity-service records each read in the resident's
 * personal-data access log. Any failure is {@link IdentityUnavailableException}.
 */
@Component
@EnableConfigurationProperties(IdentityClientProperties.class)
public class IdentityServiceClient {

	/** The purpose sent with the read for the resident e-ID. */
	public static final String E_ID_ISSUANCE = "resident-e-id-issuance";

	private final RestClient http;

	private final ServiceTokens tokens;

	private final IdentityClientProperties properties;

	IdentityServiceClient(RestClient.Builder builder, IdentityClientProperties properties, Clock clock) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		this.http = builder.clone().requestFactory(factory).build();
		this.tokens = new ServiceTokens(this.http, properties, clock);
		this.properties = properties;
	}

	/**
	 * The identity, or {@link IdentityUnavailableException} when identity-service or the
	 * token endpoint fails or does not know it.
	 */
	public VerifiedIdentity identity(String identityId, String purpose) {
		if (this.properties.url() == null || this.properties.url().isBlank()) {
			throw new IdentityUnavailableException("shengshi.identity-client.url is not set", null);
		}
		String token = this.tokens.token();
		try {
			VerifiedIdentity identity = this.http.get()
				.uri(this.properties.url() + "/api/v1/identity/identities/{id}?purpose={purpose}", identityId, purpose)
				.headers((headers) -> headers.setBearerAuth(token))
				.retrieve()
				.body(VerifiedIdentity.class);
			if (identity == null || identity.name() == null || identity.idNumber() == null) {
				throw new IdentityUnavailableException("identity-service gave an incomplete identity", null);
			}
			return identity;
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.UNAUTHORIZED) {
				this.tokens.invalidate();
			}
			throw new IdentityUnavailableException("identity-service answered " + ex.getStatusCode().value(), ex);
		}
		catch (RestClientException ex) {
			throw new IdentityUnavailableException("identity-service: " + ex.getClass().getSimpleName(), ex);
		}
	}

}
