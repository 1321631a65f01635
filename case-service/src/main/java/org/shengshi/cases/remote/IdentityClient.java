package org.shengshi.cases.remote;

import java.util.Objects;
import java.util.Optional;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * identity-service, called with case-service's client token (role {@code system}): the
 * delegation check ({@code GET /api/v1/identity/delegations/check}) and the applicant's
 * verified identity for prefilling
 * ({@code GET /api/v1/identity/identities?subject&purpose}).
 */
public class IdentityClient {

	static final String PREFILL_PURPOSE = "case-prefill";

	static final String INSTANT_PURPOSE = "case-instant-completion";

	private static final Logger log = LoggerFactory.getLogger(IdentityClient.class);

	private final RestClient http;

	private final ServiceToken token;

	IdentityClient(RestClient http, ServiceToken token) {
		this.http = http;
		this.token = token;
	}

	/**
	 * The active delegation under which {@code delegate} may act for {@code delegator} on
	 * the item now (identity-service records the use), or empty.
	 * @throws CaseRuleException {@code IDENTITY_UNAVAILABLE} when identity-service does
	 * not answer
	 */
	public Optional<String> activeDelegation(String delegator, String delegate, String itemCode) {
		try {
			DelegationCheck check = this.http.get()
				.uri((uri) -> uri.path("/api/v1/identity/delegations/check")
					.queryParam("delegator", delegator)
					.queryParam("delegate", delegate)
					.queryParam("item", itemCode)
					.build())
				.headers((h) -> h.setBearerAuth(this.token.value()))
				.retrieve()
				.body(DelegationCheck.class);
			if (check == null) {
				throw new IllegalStateException("empty delegation answer");
			}
			return check.allowed() ? Optional.of(Objects.requireNonNullElse(check.delegationId(), ""))
					: Optional.empty();
		}
		catch (RestClientException | IllegalStateException ex) {
			forgetTokenOn401(ex);
			log.warn("identity-service did not answer a delegation check: {}", ex.toString());
			throw new CaseRuleException(CaseErrorCode.IDENTITY_UNAVAILABLE,
					"identity-service did not answer: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * The resident's verified identity for prefilling a form, or empty when the resident
	 * has none or identity-service cannot answer (prefilling never blocks filing). The
	 * read is recorded in the resident's personal-data access log by identity-service.
	 */
	public Optional<VerifiedIdentity> identityForPrefill(String subject) {
		return identity(subject, PREFILL_PURPOSE);
	}

	/**
	 * The resident's verified identity with its assurance level, read to decide whether
	 * an instant case (即办) completes at once; empty when identity-service cannot answer.
	 */
	public Optional<VerifiedIdentity> identityForInstantCompletion(String subject) {
		return identity(subject, INSTANT_PURPOSE);
	}

	private Optional<VerifiedIdentity> identity(String subject, String purpose) {
		try {
			return Optional.ofNullable(this.http.get()
				.uri((uri) -> uri.path("/api/v1/identity/identities")
					.queryParam("subject", subject)
					.queryParam("purpose", purpose)
					.build())
				.headers((h) -> h.setBearerAuth(this.token.value()))
				.retrieve()
				.body(VerifiedIdentity.class));
		}
		catch (HttpClientErrorException ex) {
			if (!ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				forgetTokenOn401(ex);
				log.warn("identity-service refused a prefill read: {}", ex.getStatusCode());
			}
			return Optional.empty();
		}
		catch (RestClientException | IllegalStateException ex) {
			log.warn("identity-service did not answer a prefill read: {}", ex.toString());
			return Optional.empty();
		}
	}

	private void forgetTokenOn401(Exception ex) {
		if (ex instanceof HttpClientErrorException http && http.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
			this.token.forget();
		}
	}

	record DelegationCheck(boolean allowed, String delegationId) {
	}

	/**
	 * A verified identity as identity-service answers it (same shape as {@code GET
	 * /api/v1/identity/identities/{identityId}}). Personal data: never logged.
	 *
	 * @param identityId identity id
	 * @param subject the resident's token subject
	 * @param name real name
	 * @param idNumber ID number
	 * @param regionCode region code
	 * @param phone the resident's verified mobile number, or null
	 * @param loa 2, or 3 while a face step-up holds (null when not answered)
	 * @param loaExpiresAt end of the face step-up, or null
	 */
	public record VerifiedIdentity(String identityId, String subject, String name, String idNumber, String regionCode,
			String phone, Integer loa, java.time.Instant loaExpiresAt) {

		/** Whether a face step-up (loa 3) holds at {@code now}. */
		public boolean faceVerifiedAt(java.time.Instant now) {
			return this.loa != null && this.loa >= 3 && this.loaExpiresAt != null && this.loaExpiresAt.isAfter(now);
		}

		@Override
		public String toString() {
			return "VerifiedIdentity[" + this.identityId + "]";
		}

	}

}
