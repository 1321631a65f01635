-- Uploaded materials of a case: type sniffed from the content, SHA-256, where the file store keeps it.
CREATE TABLE case_material (
	id CHAR(36) NOT NULL,
	case_id CHAR(36) NOT NULL,
	material_code VARCHAR(64) NOT NULL,
	content_type VARCHAR(64) NOT NULL,
	size_bytes BIGINT NOT NULL,
	sha256 CHAR(64) NOT NULL,
	storage_key VARCHAR(200) NOT NULL,
	uploaded_by VARCHAR(64) NOT NULL,
	uploaded_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	KEY ix_case_material_case (case_id, material_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
