-- Issued certificates. fields holds the certificate's field values as JSON, encrypted
-- (PiiCipher, associated data certificate.fields); holder_id_index is the blind index of the
-- holder's ID number or credit code. source_event_id makes issuance idempotent per source event.
CREATE TABLE certificate (
	id CHAR(36) NOT NULL,
	identifier VARCHAR(160) NOT NULL,
	type_code VARCHAR(32) NOT NULL,
	holder_subject VARCHAR(64) NULL,
	holder_id_index CHAR(64) NULL,
	fields TEXT NOT NULL,
	status CHAR(2) NOT NULL,
	issuer_department VARCHAR(32) NOT NULL,
	issuer_code CHAR(18) NOT NULL,
	kid VARCHAR(64) NOT NULL,
	algorithm VARCHAR(32) NOT NULL,
	signature VARCHAR(255) NOT NULL,
	issued_at DATETIME(3) NOT NULL,
	valid_from DATE NOT NULL,
	valid_until DATE NULL,
	source_event_id VARCHAR(64) NULL,
	PRIMARY KEY (id),
	UNIQUE KEY uk_certificate_identifier (identifier),
	UNIQUE KEY uk_certificate_source_event (source_event_id),
	KEY ix_certificate_holder (holder_subject, issued_at),
	KEY ix_certificate_holder_index (holder_id_index),
	KEY ix_certificate_issuer (issuer_department, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
