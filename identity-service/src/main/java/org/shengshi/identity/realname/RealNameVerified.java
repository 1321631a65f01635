package org.shengshi.identity.realname;

import java.time.Instant;

/**
 * Data of the event {@code resident.realname-verified} (data version 1). It carries no
 * plaintext and no ciphertext of personal data: the e-certificate service fetches the
 * holder's name and ID number with {@code identityId} from {@code GET
 * /api/v1/identity/identities/{identityId}} (client credentials, role {@code system};
 * every such read is in the resident's access log).
 *
 * @param subject the resident's subject
 * @param identityId opaque reference of the verified identity
 * @param maskedName name masked ({@code 张*})
 * @param maskedIdNumber ID number masked ({@code 440***********1234})
 * @param regionCode region code of the ID number
 * @param loa assurance level now held (2)
 * @param verifiedAt when the registry matched
 */
public record RealNameVerified(String subject, String identityId, String maskedName, String maskedIdNumber,
		String regionCode, int loa, Instant verifiedAt) {

	public static final String TYPE = "resident.realname-verified";

}
