package org.shengshi.cases.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shengshi.cases.files.FileStore;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.material.InspectedUpload;
import org.shengshi.cases.material.UploadInspector;
import org.shengshi.cases.material.UploadPolicy;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of a case's materials: only codes the item version lists, type and size judged
 * on the content (never the file name), SHA-256 kept, file in the {@link FileStore}.
 */
@Service
class MaterialUploads {

	static final Set<CaseStatus> OPEN_FOR_UPLOADS = Set.of(CaseStatus.DRAFT, CaseStatus.SUBMITTED,
			CaseStatus.SUPPLEMENT_REQUESTED);

	private final MaterialMapper materials;

	private final CaseTransitions transitions;

	private final FileStore files;

	private final Clock clock;

	MaterialUploads(MaterialMapper materials, CaseTransitions transitions, FileStore files, Clock clock) {
		this.materials = materials;
		this.transitions = transitions;
		this.files = files;
		this.clock = clock;
	}

	MaterialUpload upload(CaseRow row, String materialCode, MultipartFile file, String uploadedBy) {
		if (!OPEN_FOR_UPLOADS.contains(CaseStatus.valueOf(row.status))) {
			throw new CaseRuleException(CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED,
					"materials can be uploaded while the case is " + OPEN_FOR_UPLOADS);
		}
		this.transitions.snapshotOf(row).materialGuide().supplementRequest(List.of(materialCode));
		InspectedUpload inspected;
		try (InputStream in = file.getInputStream()) {
			inspected = UploadInspector.inspect(in, UploadPolicy.DEFAULT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading the upload failed", ex);
		}
		String key = this.files.put(inspected.sha256(), inspected.content());
		Instant now = this.clock.instant();
		MaterialUpload upload = new MaterialUpload(CaseIds.at(now), row.id, materialCode,
				inspected.contentType().name(), inspected.size(), inspected.sha256(), key, uploadedBy, now);
		this.materials.insert(upload);
		return upload;
	}

	List<MaterialUpload> list(CaseRow row) {
		return this.materials.listByCase(row.id);
	}

}
