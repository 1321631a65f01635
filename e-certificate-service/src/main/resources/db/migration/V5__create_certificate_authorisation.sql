-- A holder's authorisation for one department to read one certificate while handling one case,
-- until expires_at (or until revoked).
CREATE TABLE certificate_authorisation (
	id CHAR(36) NOT NULL,
	certificate_id CHAR(36) NOT NULL,
	holder_subject VARCHAR(64) NOT NULL,
	case_id VARCHAR(64) NOT NULL,
	department_code VARCHAR(32) NOT NULL,
	granted_at DATETIME(3) NOT NULL,
	expires_at DATETIME(3) NOT NULL,
	revoked_at DATETIME(3) NULL,
	PRIMARY KEY (id),
	KEY ix_authorisation_lookup (certificate_id, case_id, department_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
