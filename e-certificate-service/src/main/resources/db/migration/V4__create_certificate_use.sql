-- Use log (用证记录): every verification and department read, visible to the holder.
CREATE TABLE certificate_use (
	id CHAR(36) NOT NULL,
	certificate_id CHAR(36) NOT NULL,
	user_kind VARCHAR(16) NOT NULL,
	user_id VARCHAR(64) NOT NULL,
	purpose VARCHAR(64) NULL,
	fields_disclosed VARCHAR(1000) NOT NULL,
	outcome VARCHAR(64) NOT NULL,
	used_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	KEY ix_certificate_use_certificate (certificate_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
