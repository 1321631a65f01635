package org.shengshi.certificate.certificates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.shengshi.certificate.config.Ids;
import org.shengshi.certificate.identifier.CertificateIdentifier;
import org.shengshi.certificate.keys.KeyRings;
import org.shengshi.certificate.signature.CertificateContent;
import org.shengshi.certificate.signature.CertificateSignature;
import org.shengshi.certificate.signature.CertificateSigner;
import org.shengshi.certificate.status.CertificateStatus;
import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.CertificateTypeCatalog;
import org.shengshi.certificate.type.FieldDefinition;
import org.shengshi.certificate.type.FieldKind;
import org.shengshi.platform.events.EventPublisher;
import org.shengshi.platform.pii.BlindIndex;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues signed certificates, at most one per source event.
 */
@Service
public class Issuance {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String HOLDER_INDEX_SCOPE = "certificate.holder";

	private final CertificateMapper mapper;

	private final CertificateTypeCatalog types;

	private final KeyRings rings;

	private final CertificateSigner signer;

	private final FieldsCodec codec;

	private final BlindIndex blindIndex;

	private final EventPublisher events;

	private final Clock clock;

	private final StatusChanges statusChanges;

	Issuance(CertificateMapper mapper, CertificateTypeCatalog types, KeyRings rings, CertificateSigner signer,
			FieldsCodec codec, BlindIndex blindIndex, EventPublisher events, Clock clock, StatusChanges statusChanges) {
		this.mapper = mapper;
		this.statusChanges = statusChanges;
		this.types = types;
		this.rings = rings;
		this.signer = signer;
		this.codec = codec;
		this.blindIndex = blindIndex;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues the certificate, or returns the one already issued for the same source
	 * event.
	 */
	@Transactional
	public CertificateRow issue(IssueCommand command) {
		if (command.sourceEventId() != null) {
			CertificateRow existing = this.mapper.findBySourceEvent(command.sourceEventId());
			if (existing != null) {
				return existing;
			}
		}
		CertificateType type = typeOf(command.typeCode());
		Map<String, String> fields = checkedFields(type, command);
		CertificateRow row = signed(type, command, fields);
		try {
			this.mapper.insert(row);
		}
		catch (DuplicateKeyException sameEventMeanwhile) {
			CertificateRow existing = (command.sourceEventId() != null)
					? this.mapper.findBySourceEvent(command.sourceEventId()) : null;
			if (existing == null) {
				throw sameEventMeanwhile;
			}
			return existing;
		}
		this.mapper.insertStatusChange(Ids.next(), row.id(), null, row.status(), "ISSUE", command.actor(), null,
				row.issuedAt());
		if (type.onePerHolder()) {
			supersedeEarlier(row);
		}
		this.events.publish("certificate.issued", row.id(), new CertificateIssued(row.id(), row.identifier(),
				row.typeCode(), row.holderSubject(), command.caseId()));
		return row;
	}

	/**
	 * A holder keeps one usable certificate of such a type: the earlier valid ones are
	 * cancelled, so a lost permit shown by someone else no longer verifies once its
	 * replacement (补领) is issued.
	 */
	private void supersedeEarlier(CertificateRow successor) {
		for (CertificateRow earlier : this.mapper.lockByHolderTypeAndStatus(successor.holderSubject(),
				successor.typeCode(), CertificateStatus.VALID.code())) {
			if (!earlier.id().equals(successor.id())) {
				this.statusChanges.supersede(earlier, successor);
			}
		}
	}

	/**
	 * The type, for callers that check who may issue it.
	 */
	public CertificateType typeOf(String typeCode) {
		return this.types.find(typeCode).orElseThrow(() -> CertificateProblems.unknownType(typeCode));
	}

	private CertificateRow signed(CertificateType type, IssueCommand command, Map<String, String> fields) {
		Instant now = this.clock.instant();
		LocalDate validFrom = (command.validFrom() != null) ? command.validFrom() : LocalDate.ofInstant(now, CHINA);
		LocalDate validUntil = (type.validityYears() != null) ? validFrom.plusYears(type.validityYears()).minusDays(1)
				: null;
		if (validUntil != null && type.field("validUntil").isPresent()) {
			fields.putIfAbsent("validUntil", validUntil.toString());
		}
		String id = Ids.next();
		String serial = id.replace("-", "").toUpperCase(java.util.Locale.ROOT);
		CertificateIdentifier identifier = CertificateIdentifier.generate(type.code(), type.issuer().creditCode(),
				serial, 1);
		CertificateContent content = new CertificateContent(identifier.value(), type.code(), type.issuer().creditCode(),
				now, validFrom, validUntil, Map.copyOf(fields));
		CertificateSignature signature = this.signer.sign(this.rings.ringFor(type.issuer().code()),
				content.canonicalBytes());
		return new CertificateRow(id, identifier.value(), type.code(), command.holderSubject(), holderIndex(fields),
				this.codec.seal(fields), CertificateStatus.VALID.code(), type.issuer().code(),
				type.issuer().creditCode(), signature.kid(), signature.algorithm().name(), signature.valueBase64Url(),
				content.issuedAt(), validFrom, validUntil, command.sourceEventId());
	}

	private String holderIndex(Map<String, String> fields) {
		String idNumber = fields.containsKey("idNumber") ? fields.get("idNumber") : fields.get("creditCode");
		return (idNumber != null) ? this.blindIndex.of(HOLDER_INDEX_SCOPE, idNumber) : null;
	}

	private static Map<String, String> checkedFields(CertificateType type, IssueCommand command) {
		Map<String, String> fields = new LinkedHashMap<>();
		command.fields().forEach((name, value) -> {
			if (type.field(name).isEmpty()) {
				throw CertificateProblems.unknownField(name);
			}
			if (value != null && !value.isBlank()) {
				fields.put(name, value.trim());
			}
		});
		for (FieldDefinition field : type.fields()) {
			boolean derived = field.name().equals("validUntil") && field.kind() == FieldKind.DATE
					&& type.validityYears() != null;
			if (command.requireAllFields() && field.required() && !derived && !fields.containsKey(field.name())) {
				throw CertificateProblems.missingField(field.name());
			}
		}
		return fields;
	}

	/**
	 * Data of {@code certificate.issued}; {@code caseId} only when the certificate comes
	 * from a completed case (left out otherwise).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CertificateIssued(String certificateId, String identifier, String typeCode, String holderSubject,
			String caseId) {
	}

}
