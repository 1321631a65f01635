package org.shengshi.certificate.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shengshi.certificate.disclosure.DisclosureRefusedException.Reason;
import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.VerifierPurpose;

/**
 * Decides which certificate fields may be shown. Pure: no state, no I/O.
 * <ul>
 * <li>A verifier only ever receives fields its declared purpose may see for the
 * type.</li>
 * <li>A holder's disclosure bound to a purpose is valid for that purpose only.</li>
 * <li>A disclosure naming more fields than the purpose allows is refused whole, never
 * silently narrowed: the holder agreed to show exactly that set.</li>
 * <li>Fields outside the type's schema never leave, whatever the stored certificate
 * holds.</li>
 * </ul>
 */
public final class DisclosurePolicy {

	/**
	 * Checks a holder's disclosure when a presentation is created, before any verifier is
	 * known.
	 * @param type the certificate's type
	 * @param disclosure what the holder wants to show
	 * @return the fields that will be shown, in schema order
	 * @throws DisclosureRefusedException when no verifier purpose could accept it
	 */
	public List<String> resolve(CertificateType type, Disclosure disclosure) {
		requireKnownFields(type, disclosure.fields());
		if (disclosure.hasPurpose()) {
			return allowedFor(type, purposeOf(type, disclosure.purpose()), disclosure);
		}
		boolean someoneMayAccept = type.purposes()
			.stream()
			.anyMatch((purpose) -> purpose.fields().containsAll(disclosure.fields()));
		if (!someoneMayAccept) {
			throw new DisclosureRefusedException(Reason.EXCEEDS_PURPOSE,
					"no verifier purpose of this certificate type may see all of these fields");
		}
		return inSchemaOrder(type, disclosure.fields());
	}

	/**
	 * The fields a verifier receives.
	 * @param type the certificate's type
	 * @param certificateFields the certificate's stored fields
	 * @param disclosure what the holder agreed to show
	 * @param verifierPurpose the purpose the verifier is registered for
	 * @return the released fields
	 * @throws DisclosureRefusedException when the purpose or the disclosure is not
	 * allowed
	 */
	public DisclosedFields disclose(CertificateType type, Map<String, ?> certificateFields, Disclosure disclosure,
			String verifierPurpose) {
		VerifierPurpose purpose = purposeOf(type, verifierPurpose);
		if (disclosure.hasPurpose() && !disclosure.purpose().equals(verifierPurpose)) {
			throw new DisclosureRefusedException(Reason.PURPOSE_MISMATCH,
					"the holder agreed to a disclosure for another purpose");
		}
		requireKnownFields(type, disclosure.fields());
		Map<String, Object> released = new LinkedHashMap<>();
		for (String field : allowedFor(type, purpose, disclosure)) {
			Object value = certificateFields.get(field);
			if (value != null) {
				released.put(field, value);
			}
		}
		return new DisclosedFields(purpose.code(), released);
	}

	private static VerifierPurpose purposeOf(CertificateType type, String code) {
		return type.purpose(code)
			.orElseThrow(() -> new DisclosureRefusedException(Reason.PURPOSE_NOT_ALLOWED,
					"purpose " + code + " is not allowed for " + type.slug()));
	}

	private static List<String> allowedFor(CertificateType type, VerifierPurpose purpose, Disclosure disclosure) {
		if (disclosure.fields().isEmpty()) {
			return purpose.fields();
		}
		if (!purpose.fields().containsAll(disclosure.fields())) {
			throw new DisclosureRefusedException(Reason.EXCEEDS_PURPOSE,
					"purpose " + purpose.code() + " may not see all of the requested fields");
		}
		return inSchemaOrder(type, disclosure.fields());
	}

	private static void requireKnownFields(CertificateType type, Set<String> fields) {
		for (String field : fields) {
			if (type.field(field).isEmpty()) {
				throw new DisclosureRefusedException(Reason.UNKNOWN_FIELD,
						"field " + field + " is not part of " + type.slug());
			}
		}
	}

	private static List<String> inSchemaOrder(CertificateType type, Set<String> fields) {
		return type.fieldNames().stream().filter(fields::contains).toList();
	}

}
