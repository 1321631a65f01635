-- Every status change of a certificate: who, when, why (append-only).
CREATE TABLE certificate_status_history (
	id CHAR(36) NOT NULL,
	certificate_id CHAR(36) NOT NULL,
	from_status CHAR(2) NULL,
	to_status CHAR(2) NOT NULL,
	event VARCHAR(16) NOT NULL,
	actor VARCHAR(64) NOT NULL,
	reason VARCHAR(500) NULL,
	changed_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	KEY ix_status_history_certificate (certificate_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
