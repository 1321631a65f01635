package org.shengshi.cases.casefile;

import java.time.Instant;

/**
 * An uploaded material, as stored and as shown (no file name, no content).
 *
 * @param id material id
 * @param caseId the case
 * @param materialCode the guide's material code
 * @param contentType type detected from the bytes
 * @param sizeBytes size
 * @param sha256 SHA-256 of the content (hex)
 * @param storageKey where the file store keeps it
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
record MaterialUpload(String id, String caseId, String materialCode, String contentType, long sizeBytes, String sha256,
		String storageKey, String uploadedBy, Instant uploadedAt) {
}
