-- Counter-assisted verification (窗口核验): an officer verified the resident in person.
-- Append-only: who (officer, department), where (window), when, and a note.
CREATE TABLE counter_verification (
	id CHAR(36) NOT NULL,
	resident_subject VARCHAR(64) NOT NULL,
	officer_subject VARCHAR(64) NOT NULL,
	officer_department VARCHAR(16) NOT NULL,
	window_location VARCHAR(100) NOT NULL,
	note VARCHAR(500) NULL,
	verified_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	INDEX ix_counter_verification_resident (resident_subject, verified_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
