package org.shengshi.certificate.certificates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;
import org.shengshi.platform.pii.PiiCipher;

import org.springframework.stereotype.Component;

/**
 * {@code resident.realname-verified} from identity-service → the resident e-ID
 * (居民身份电子凭证). Name and ID number arrive as PiiCipher ciphertexts (see
 * docs/architecture.md); gender and birth date are read from the ID number.
 */
@Component
class RealnameVerifiedHandler implements EventHandler {

	static final String TYPE = "resident.realname-verified";

	static final String NAME_AD = "event.resident.name";

	static final String ID_NUMBER_AD = "event.resident.id_number";

	static final String RESIDENT_E_ID = "111000000000190198001";

	private final Issuance issuance;

	private final PiiCipher cipher;

	RealnameVerifiedHandler(Issuance issuance, PiiCipher cipher) {
		this.issuance = issuance;
		this.cipher = cipher;
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
		RealnameVerified data = event.dataAs(RealnameVerified.class);
		String idNumber = this.cipher.decrypt(data.idNumber(), ID_NUMBER_AD);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.cipher.decrypt(data.name(), NAME_AD));
		fields.put("idNumber", idNumber);
		fields.put("gender", (Character.getNumericValue(idNumber.charAt(16)) % 2 == 1) ? "1" : "2");
		fields.put("birthDate",
				idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
		fields.put("photoRef", "urn:shengshi:identity:photo:" + data.subject());
		this.issuance.issue(new IssueCommand(RESIDENT_E_ID, data.subject(), fields, null, event.id(),
				"event:" + event.id(), false));
	}

	/**
	 * @param subject the resident's account subject
	 * @param name PiiCipher ciphertext of the name, associated data {@value #NAME_AD}
	 * @param idNumber PiiCipher ciphertext of the ID number, associated data
	 * {@value #ID_NUMBER_AD}
	 */
	record RealnameVerified(String subject, String name, String idNumber) {
	}

}
