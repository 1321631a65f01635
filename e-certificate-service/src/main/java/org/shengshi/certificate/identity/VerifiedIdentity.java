package org.shengshi.certificate.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A verified identity as identity-service returns it from {@code GET
 * /api/v1/identity/identities/{identityId}}. Holds personal data: {@link #toString()}
 * shows only the reference.
 *
 * @param identityId the reference from the event
 * @param subject the resident's account subject
 * @param name the verified name
 * @param idNumber the verified ID number
 * @param regionCode region code of the ID number
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifiedIdentity(String identityId, String subject, String name, String idNumber, String regionCode) {

	@Override
	public String toString() {
		return "VerifiedIdentity[" + this.identityId + "]";
	}

}
