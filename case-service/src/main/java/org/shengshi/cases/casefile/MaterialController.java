package org.shengshi.cases.casefile;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	MaterialController(CaseAccess access, MaterialUploads uploads) {
		this.access = access;
		this.uploads = uploads;
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

	@GetMapping
	List<MaterialView> list(CurrentUser user, @PathVariable String id) {
		return this.uploads.list(this.access.forActor(id, user).row()).stream().map(MaterialView::of).toList();
	}

	/**
	 * An uploaded material as shown.
	 *
	 * @param id material id
	 * @param materialCode the guide's code
	 * @param contentType detected from the content
	 * @param sizeBytes size
	 * @param sha256 content hash
	 */
	record MaterialView(String id, String materialCode, String contentType, long sizeBytes, String sha256) {

		static MaterialView of(MaterialUpload upload) {
			return new MaterialView(upload.id(), upload.materialCode(), upload.contentType(), upload.sizeBytes(),
					upload.sha256());
		}

	}

}
