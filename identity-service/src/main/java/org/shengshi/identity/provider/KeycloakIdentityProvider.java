package org.shengshi.identity.provider;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

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
	public String createUser(String username, Map<String, String> attributes, Set<String> realmRoles) {
		Map<String, Object> user = Map.of("username", username, "enabled", true, "attributes", asLists(attributes));
		URI location = call(() -> this.http.post()
			.uri(admin("/users"))
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(user)
			.retrieve()
			.toBodilessEntity()
			.getHeaders()
			.getLocation());
		String path = location.getPath();
		String subject = path.substring(path.lastIndexOf('/') + 1);
		realmRoles.forEach((role) -> assignRealmRole(subject, role));
		return subject;
	}

	@Override
	public void setAttribute(String subject, String name, String value) {
		JsonNode current = call(() -> this.http.get()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		Map<String, Object> attributes = new java.util.LinkedHashMap<>();
		JsonNode existing = current.get("attributes");
		if (existing != null) {
			existing.properties()
				.forEach((entry) -> attributes.put(entry.getKey(),
						entry.getValue().valueStream().map(JsonNode::asString).toList()));
		}
		attributes.put(name, List.of(value));
		Map<String, Object> update = Map.of("username", current.get("username").asString(), "attributes", attributes);
		call(() -> this.http.put()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(update)
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
		Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
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

}
