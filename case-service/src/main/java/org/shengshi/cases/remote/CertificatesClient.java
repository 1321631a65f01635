package org.shengshi.cases.remote;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * e-certificate-service's wallet, read with the resident's own bearer token relayed as
 * received: {@code GET /api/v1/certificates/wallet} (summaries) and {@code GET
 * /api/v1/certificates/wallet/{id}} (fields, loa 2). case-service never sees another
 * resident's wallet this way.
 */
public class CertificatesClient {

	/** Status code of a valid certificate (有效). */
	public static final String VALID = "01";

	/**
	 * How long the department may read an attached certificate: 30 days, the most
	 * allowed.
	 */
	static final int AUTHORISATION_HOURS = 720;

	private static final Logger log = LoggerFactory.getLogger(CertificatesClient.class);

	private final RestClient http;

	CertificatesClient(RestClient http) {
		this.http = http;
	}

	/**
	 * The caller's certificates.
	 * @throws CaseRuleException {@code CERTIFICATES_UNAVAILABLE} when
	 * e-certificate-service does not answer
	 */
	public List<WalletEntry> wallet(String residentBearer) {
		try {
			List<WalletEntry> entries = this.http.get()
				.uri("/api/v1/certificates/wallet")
				.header("Authorization", residentBearer)
				.retrieve()
				.body(new ParameterizedTypeReference<List<WalletEntry>>() {
				});
			return (entries != null) ? entries : List.of();
		}
		catch (RestClientException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * The fields of one of the caller's certificates, or empty when it is not theirs or
	 * they may not open it.
	 * @throws CaseRuleException {@code CERTIFICATES_UNAVAILABLE} when
	 * e-certificate-service does not answer
	 */
	public Optional<Map<String, String>> fields(String residentBearer, String certificateId) {
		try {
			OpenedCertificate opened = this.http.get()
				.uri("/api/v1/certificates/wallet/{id}", certificateId)
				.header("Authorization", residentBearer)
				.retrieve()
				.body(OpenedCertificate.class);
			return Optional.ofNullable(opened).map(OpenedCertificate::fields);
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)
					|| ex.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
				return Optional.empty();
			}
			throw unavailable(ex);
		}
		catch (RestClientException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * The holder (token relayed) authorises the department to read the certificate within
	 * the case ({@code POST /api/v1/certificates/{id}/authorisations}); the same case and
	 * certificate always carry the same {@code Idempotency-Key}.
	 * @return the authorisation id
	 * @throws CaseRuleException {@code CERTIFICATE_NOT_IN_WALLET} when
	 * e-certificate-service refuses (not the caller's, not valid),
	 * {@code CERTIFICATES_UNAVAILABLE} when it does not answer
	 */
	public String authorise(String residentBearer, String certificateId, String caseId, String department) {
		try {
			Authorisation granted = this.http.post()
				.uri("/api/v1/certificates/{id}/authorisations", certificateId)
				.header("Authorization", residentBearer)
				.header("Idempotency-Key", "case-material_" + caseId + "_" + certificateId)
				.body(Map.of("caseId", caseId, "department", department, "validHours", AUTHORISATION_HOURS))
				.retrieve()
				.body(Authorisation.class);
			if (granted == null || granted.id() == null) {
				throw new IllegalStateException("no authorisation in the answer");
			}
			return granted.id();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().is4xxClientError() && !ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
				throw new CaseRuleException(CaseErrorCode.CERTIFICATE_NOT_IN_WALLET,
						"e-certificate-service refused the authorisation: " + ex.getStatusCode().value());
			}
			throw unavailable(ex);
		}
		catch (RestClientException | IllegalStateException ex) {
			throw unavailable(ex);
		}
	}

	record Authorisation(String id, String certificateId, String caseId, String departmentCode) {
	}

	private static CaseRuleException unavailable(Exception ex) {
		log.warn("e-certificate-service did not answer a wallet read: {}", ex.toString());
		return new CaseRuleException(CaseErrorCode.CERTIFICATES_UNAVAILABLE,
				"e-certificate-service did not answer: " + ex.getClass().getSimpleName());
	}

	/**
	 * A certificate in the wallet (personal data masked by e-certificate-service).
	 *
	 * @param id certificate id
	 * @param identifier GB/T 36904 identifier
	 * @param typeCode certificate type code
	 * @param status status code ({@value #VALID} = valid)
	 */
	public record WalletEntry(String id, String identifier, String typeCode, String status) {

		public boolean valid() {
			return VALID.equals(this.status);
		}

	}

	record OpenedCertificate(String id, String typeCode, Map<String, String> fields) {

		@Override
		public String toString() {
			return "OpenedCertificate[" + this.id + "]";
		}

	}

}
