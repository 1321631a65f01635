package org.shengshi.certificate.type;

import java.util.List;

/**
 * A purpose a verifier may declare for a certificate type, and the only fields it may
 * see.
 *
 * @param code stable purpose code, e.g. {@code HOTEL_CHECK_IN}
 * @param label Chinese label, e.g. {@code 酒店入住登记}
 * @param fields the fields this purpose may receive, in schema order
 */
public record VerifierPurpose(String code, String label, List<String> fields) {

	public VerifierPurpose {
		fields = List.copyOf(fields);
	}

}
