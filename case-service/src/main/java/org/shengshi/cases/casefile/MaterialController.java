package org.shengshi.cases.casefile;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Material uploads of a case, by its applicant or an officer of its department. */
@RestController
@RequestMapping("/api/v1/cases/{id}/materials")
@Validated
@PreAuthorize("hasAnyRole('resident', 'case_officer')")
class MaterialController {

	private final CaseAccess access;

	private final MaterialUploads uploads;

	private final CertificateMaterials certificates;

	MaterialController(CaseAccess access, MaterialUploads uploads, CertificateMaterials certificates) {
		this.access = access;
		this.uploads = uploads;
		this.certificates = certificates;
	}

	@PostMapping(path = "/{materialCode}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Idempotent
	ResponseEntity<MaterialView> upload(CurrentUser user, @PathVariable String id,
			@PathVariable @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String materialCode,
			@RequestPart("file") MultipartFile file) {
		CaseRow row = this.access.forActor(id, user).row();
		MaterialUpload upload = this.uploads.upload(row, materialCode, file, user.subject());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/materials")).body(MaterialView.of(upload));
	}

	/**
	 * The applicant gives one of their own e-certificates as the material and thereby
	 * authorises the case's department to read it.
	 */
	@PostMapping(path = "/{materialCode}/certificate", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('resident')")
	@Idempotent
	ResponseEntity<MaterialView> attachCertificate(CurrentUser user, @AuthenticationPrincipal Jwt token,
			@PathVariable String id, @PathVariable @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String materialCode,
			@Valid @RequestBody CertificateChoice choice) {
		CaseRow row = this.access.forApplicant(id, user);
		CertificateMaterial material = this.certificates.attach(row, materialCode, choice.certificateId(),
				user.subject(), "Bearer " + token.getTokenValue());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/materials")).body(MaterialView.of(material));
	}

	@GetMapping
	List<MaterialView> list(CurrentUser user, @PathVariable String id) {
		CaseRow row = this.access.forActor(id, user).row();
		return Stream
			.concat(this.uploads.list(row).stream().map(MaterialView::of),
					this.certificates.list(row).stream().map(MaterialView::of))
			.toList();
	}

	/**
	 * @param certificateId the certificate's id in the applicant's wallet
	 */
	record CertificateChoice(@NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String certificateId) {
	}

	/**
	 * An uploaded material as shown.
	 *
	 * @param id material id
	 * @param materialCode the guide's code
	 * @param kind {@code UPLOAD} or {@code CERTIFICATE}
	 * @param contentType detected from the content (uploads)
	 * @param sizeBytes size (uploads)
	 * @param sha256 content hash (uploads)
	 * @param certificate the e-certificate reference (certificates)
	 */
	record MaterialView(String id, String materialCode, String kind, String contentType, Long sizeBytes, String sha256,
			Certificate certificate) {

		static MaterialView of(MaterialUpload upload) {
			return new MaterialView(upload.id(), upload.materialCode(), "UPLOAD", upload.contentType(),
					upload.sizeBytes(), upload.sha256(), null);
		}

		static MaterialView of(CertificateMaterial material) {
			return new MaterialView(material.id(), material.materialCode(), "CERTIFICATE", null, null, null,
					new Certificate(material.certificateId(), material.certificateIdentifier(), material.typeCode(),
							"/api/v1/certificates/" + material.certificateId() + "/case-read?caseId="
									+ material.caseId()));
		}

		/**
		 * An e-certificate given as the material.
		 *
		 * @param id certificate id
		 * @param identifier GB/T 36904 identifier
		 * @param typeCode certificate type code
		 * @param caseReadPath where officers of the department read it
		 * (e-certificate-service, their own token)
		 */
		record Certificate(String id, String identifier, String typeCode, String caseReadPath) {
		}

	}

}
