-- Signing keys of issuing departments. The private key is stored only sealed with the
-- key-encryption key (SHENGSHI_CERT_KEK). active_department is the department code while the
-- key is active and NULL once retired, so the unique index allows one active key per department.
CREATE TABLE issuer_key (
	kid VARCHAR(64) NOT NULL,
	department_code VARCHAR(32) NOT NULL,
	algorithm VARCHAR(32) NOT NULL,
	public_key TEXT NOT NULL,
	encrypted_private_key TEXT NOT NULL,
	created_at DATETIME(3) NOT NULL,
	retired_at DATETIME(3) NULL,
	active_department VARCHAR(32) NULL,
	PRIMARY KEY (kid),
	UNIQUE KEY uk_issuer_key_active (active_department),
	KEY ix_issuer_key_department (department_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
