package org.shengshi.certificate.signature;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an issuer signs for one certificate: its identifier, type, issuer, issue time,
 * validity and fields. Status is deliberately not signed: it changes (suspension,
 * revocation) without re-issuing, and verifiers read it live.
 * <p>
 * The signed bytes are the {@link CanonicalJson} of
 * {@code {"format":"shengshi-certificate/1","id":…,"type":…,"issuer":…,"issuedAt":…,
 * "validFrom":…,"validUntil":…,"fields":{…}}}, with {@code issuedAt} in UTC to the
 * millisecond (ISO-8601, as stored) and dates as {@code yyyy-MM-dd}; {@code validUntil}
 * is left out for certificates without an end date.
 *
 * @param identifier GB/T 36904 identifier
 * @param typeCode certificate type code
 * @param issuerCode issuing authority's credit code
 * @param issuedAt issue time
 * @param validFrom first valid day
 * @param validUntil last valid day, or {@code null} for no end
 * @param fields the certificate's fields (string keys; values as accepted by
 * {@link CanonicalJson}; no {@code null} values)
 */
public record CertificateContent(String identifier, String typeCode, String issuerCode, Instant issuedAt,
		LocalDate validFrom, LocalDate validUntil, Map<String, Object> fields) {

	/** Version tag of this content layout, part of the signed bytes. */
	public static final String FORMAT = "shengshi-certificate/1";

	public CertificateContent {
		Objects.requireNonNull(identifier, "identifier");
		Objects.requireNonNull(typeCode, "typeCode");
		Objects.requireNonNull(issuerCode, "issuerCode");
		issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.MILLIS);
		Objects.requireNonNull(validFrom, "validFrom");
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("validity ends before it starts");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		Objects.requireNonNull(fields, "fields")
			.forEach((name, value) -> copy.put(name,
					Objects.requireNonNull(value, "field values are never null; leave an absent field out")));
		fields = Collections.unmodifiableMap(copy);
	}

	/** The content as the map that is canonicalised. */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("format", FORMAT);
		map.put("id", this.identifier);
		map.put("type", this.typeCode);
		map.put("issuer", this.issuerCode);
		map.put("issuedAt", DateTimeFormatter.ISO_INSTANT.format(this.issuedAt));
		map.put("validFrom", this.validFrom.toString());
		if (this.validUntil != null) {
			map.put("validUntil", this.validUntil.toString());
		}
		map.put("fields", this.fields);
		return map;
	}

	/** The bytes that are signed and verified. */
	public byte[] canonicalBytes() {
		return CanonicalJson.bytes(toMap());
	}

}
