-- Append-only record of every read of a resident's unmasked personal data: who (subject,
-- client, roles, department), what, why, when. The resident lists it.
CREATE TABLE personal_data_access (
	id CHAR(36) NOT NULL,
	resident_subject VARCHAR(64) NOT NULL,
	accessor_subject VARCHAR(64) NOT NULL,
	accessor_client VARCHAR(64) NULL,
	accessor_roles VARCHAR(255) NOT NULL,
	accessor_department VARCHAR(16) NULL,
	action VARCHAR(32) NOT NULL,
	purpose VARCHAR(200) NOT NULL,
	accessed_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	INDEX ix_personal_data_access_resident (resident_subject, accessed_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
