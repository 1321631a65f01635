-- Append-only history of privacy-policy consent: each acceptance and each withdrawal.
CREATE TABLE consent_record (
	id CHAR(36) NOT NULL,
	subject VARCHAR(64) NOT NULL,
	policy_version VARCHAR(32) NOT NULL,
	action VARCHAR(16) NOT NULL,
	client_id VARCHAR(64) NULL,
	recorded_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	INDEX ix_consent_record_subject (subject, policy_version, recorded_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
