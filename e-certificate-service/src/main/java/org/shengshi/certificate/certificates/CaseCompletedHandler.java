package org.shengshi.certificate.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.CertificateTypeCatalog;

import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code case.completed} from case-service → the item's certificate, when the item
 * produces one ({@code certificateType} present). The fields arrive as one PiiCipher
 * ciphertext of a JSON object (see docs/architecture.md).
 */
@Component
class CaseCompletedHandler implements EventHandler {

	static final String TYPE = "case.completed";

	static final String FIELDS_AD = "event.case.completed.fields";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Issuance issuance;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PiiCipher cipher;

	private final CertificateTypeCatalog types;

	private final Clock clock;

	private final CertificateQueries queries;

	CaseCompletedHandler(Issuance issuance, PiiCipher cipher, CertificateTypeCatalog types, Clock clock,
			CertificateQueries queries) {
		this.issuance = issuance;
		this.queries = queries;
		this.cipher = cipher;
		this.types = types;
		this.clock = clock;
	}

	@Override
	public String sourceStream() {
		return "case-service";
	}

	@Override
	public boolean handles(String type) {
		return TYPE.equals(type);
	}

	@Override
	public void handle(EventEnvelope event) {
		CaseCompleted data = event.dataAs(CaseCompleted.class);
		if (data.certificateType() == null || data.certificateType().isBlank()) {
			return;
		}
		Map<String, String> fields = JSON.readValue(this.cipher.decrypt(data.fields(), FIELDS_AD),
				new TypeReference<Map<String, String>>() {
				});
		CertificateType type = this.types.find(data.certificateType())
			.orElseThrow(() -> CertificateProblems.unknownType(data.certificateType()));
		Map<String, String> content = CaseCertificateFields.of(type, fields, data.caseId(), data.caseNumber(),
				LocalDate.now(this.clock.withZone(CHINA)),
				this.queries.currentFields(data.holderSubject(), data.certificateType()));
		this.issuance.issue(new IssueCommand(data.certificateType(), data.holderSubject(), content, null, event.id(),
				"event:" + event.id(), true, data.caseId()));
	}

	/**
	 * @param caseId the completed case
	 * @param caseNumber its number (办件编号), written on the certificate as its number
	 * @param itemCode its service item
	 * @param certificateType certificate type code the item produces, absent when none
	 * @param holderSubject the applicant's account subject
	 * @param fields PiiCipher ciphertext (associated data {@value #FIELDS_AD}) of a JSON
	 * object of field values
	 */
	record CaseCompleted(String caseId, String caseNumber, String itemCode, String certificateType,
			String holderSubject, String fields) {
	}

}
