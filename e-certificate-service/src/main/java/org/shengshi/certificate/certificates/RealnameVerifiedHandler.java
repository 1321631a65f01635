package org.shengshi.certificate.certificates;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.shengshi.certificate.identity.IdentityServiceClient;
import org.shengshi.certificate.identity.VerifiedIdentity;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * {@code resident.realname-verified} from identity-service (data version 1, no personal
 * data) → the resident e-ID (居民身份电子凭证). Name and ID number are read by reference from
 * identity-service (see docs/architecture.md); gender and birth date are read from the ID
 * number. When identity-service cannot answer, the handler throws and the event is
 * retried (and dead-lettered after the consumer's last attempt); an event already handled
 * issues nothing again.
 */
@Component
class RealnameVerifiedHandler implements EventHandler {

	static final String TYPE = "resident.realname-verified";

	static final String RESIDENT_E_ID = "111000000000190198001";

	private final Issuance issuance;

	private final CertificateMapper certificates;

	private final IdentityServiceClient identities;

	RealnameVerifiedHandler(Issuance issuance, CertificateMapper certificates, IdentityServiceClient identities) {
		this.issuance = issuance;
		this.certificates = certificates;
		this.identities = identities;
	}

	@Override
	public String sourceStream() {
		return "identity-service";
	}

	@Override
	public boolean handles(String type) {
		return TYPE.equals(type);
	}

	@Override
	public void handle(EventEnvelope event) {
		if (this.certificates.findBySourceEvent(event.id()) != null) {
			return;
		}
		RealnameVerified data = event.dataAs(RealnameVerified.class);
		if (data.subject() == null || data.identityId() == null) {
			throw new IllegalArgumentException("resident.realname-verified without subject or identityId");
		}
		VerifiedIdentity identity = this.identities.identity(data.identityId(), IdentityServiceClient.E_ID_ISSUANCE);
		if (!data.subject().equals(identity.subject())) {
			throw new IllegalStateException("identity " + data.identityId() + " belongs to another subject");
		}
		this.issuance.issue(new IssueCommand(RESIDENT_E_ID, data.subject(), fieldsOf(identity), null, event.id(),
				"event:" + event.id(), false));
	}

	static Map<String, String> fieldsOf(VerifiedIdentity identity) {
		String idNumber = identity.idNumber();
		if (idNumber.length() != 18) {
			throw new IllegalArgumentException("identity " + identity.identityId() + " has no 18-character ID number");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", identity.name());
		fields.put("idNumber", idNumber);
		fields.put("gender", (Character.getNumericValue(idNumber.charAt(16)) % 2 == 1) ? "1" : "2");
		fields.put("birthDate",
				idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
		fields.put("photoRef", "urn:shengshi:identity:photo:" + identity.subject());
		return fields;
	}

	/**
	 * Data version 1 of the event; the masked values are not needed here.
	 *
	 * @param subject the resident's account subject
	 * @param identityId reference of the verified identity at identity-service
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RealnameVerified(String subject, String identityId) {
	}

}
