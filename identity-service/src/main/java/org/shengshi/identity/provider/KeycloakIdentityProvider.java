package org.shengshi.identity.provider;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * {@link IdentityProvider} over Keycloak's Admin REST API, authenticated with a
 * client-credentials token of the {@code identity-service} client (its service account
 * holds the realm-management roles manage-users and view-users).
 */
class KeycloakIdentityProvider implements IdentityProvider {

	private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvider.class);

	private final RestClient http;

	private final KeycloakProperties properties;

	private String token;

	private Instant tokenExpiry = Instant.EPOCH;

	KeycloakIdentityProvider(RestClient.Builder builder, KeycloakProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		this.http = builder.clone().baseUrl(properties.baseUrl()).requestFactory(factory).build();
		this.properties = properties;
	}

	@Override
	public String createUser(String username, Map<String, String> attributes, Set<String> realmRoles,
			@Nullable String password) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", username);
		user.put("enabled", true);
		user.put("attributes", asLists(attributes));
		if (password != null) {
			user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
		}
		URI location = call(() -> this.http.post()
			.uri(admin("/users"))
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Hidden(user))
			.retrieve()
			.toBodilessEntity()
			.getHeaders()
			.getLocation());
		if (location == null) {
			throw new IdentityProviderException("Keycloak answered no Location for a new user", false, null);
		}
		String path = location.getPath();
		String subject = path.substring(path.lastIndexOf('/') + 1);
		try {
			realmRoles.forEach((role) -> assignRealmRole(subject, role));
		}
		catch (IdentityProviderException ex) {
			deleteQuietly(subject);
			throw ex;
		}
		return subject;
	}

	/**
	 * Reads the whole user representation and writes it back with the attributes
	 * replaced: a partial representation would drop what it leaves out.
	 */
	@Override
	public void setAttributes(String subject, Map<String, String> changes) {
		JsonNode current = call(() -> this.http.get()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		if (!(current instanceof ObjectNode user)) {
			throw new IdentityProviderException("Keycloak answered no user", false, null);
		}
		ObjectNode attributes = (user.get("attributes") instanceof ObjectNode existing) ? existing
				: user.putObject("attributes");
		changes.forEach((name, value) -> attributes.putArray(name).add(value));
		call(() -> this.http.put()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Hidden(user))
			.retrieve()
			.toBodilessEntity());
	}

	@Override
	public void assignRealmRole(String subject, String role) {
		JsonNode representation = role(role);
		call(() -> this.http.post()
			.uri(admin("/users/{id}/role-mappings/realm"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(representation))
			.retrieve()
			.toBodilessEntity());
	}

	@Override
	public void removeRealmRole(String subject, String role) {
		JsonNode representation = role(role);
		call(() -> this.http.method(org.springframework.http.HttpMethod.DELETE)
			.uri(admin("/users/{id}/role-mappings/realm"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(representation))
			.retrieve()
			.toBodilessEntity());
	}

	@Override
	public void deleteUser(String subject) {
		call(() -> this.http.delete()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.toBodilessEntity());
	}

	private void deleteQuietly(String subject) {
		try {
			deleteUser(subject);
		}
		catch (IdentityProviderException ex) {
			log.warn("Could not delete half-created Keycloak user {}: {}", subject, ex.getMessage());
		}
	}

	private JsonNode role(String role) {
		return call(() -> this.http.get()
			.uri(admin("/roles/{role}"), role)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
	}

	private synchronized String token() {
		if (this.token == null || Instant.now().isAfter(this.tokenExpiry)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("client_id", this.properties.clientId());
			form.add("client_secret", this.properties.clientSecret());
			JsonNode answer = call(() -> this.http.post()
				.uri("/realms/{realm}/protocol/openid-connect/token", this.properties.realm())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class));
			this.token = answer.get("access_token").asString();
			this.tokenExpiry = Instant.now().plusSeconds(Math.max(5, answer.get("expires_in").asLong() - 10));
		}
		return this.token;
	}

	private String admin(String path) {
		return "/admin/realms/" + this.properties.realm() + path;
	}

	private static Map<String, List<String>> asLists(Map<String, String> attributes) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		attributes.forEach((name, value) -> lists.put(name, List.of(value)));
		return lists;
	}

	private static <T> T call(java.util.function.Supplier<T> request) {
		try {
			return request.get();
		}
		catch (RestClientResponseException ex) {
			boolean conflict = ex.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT);
			throw new IdentityProviderException("Keycloak answered " + ex.getStatusCode().value(), conflict, ex);
		}
		catch (RestClientException ex) {
			throw new IdentityProviderException("Keycloak unreachable", false, ex);
		}
	}

	/**
	 * A request body serialised as its value but printed as {@code ***}: user
	 * representations hold phones and passwords, and HTTP clients log bodies at DEBUG.
	 */
	record Hidden(@JsonValue Object value) {

		@Override
		public String toString() {
			return "KeycloakRepresentation[***]";
		}

	}

}
