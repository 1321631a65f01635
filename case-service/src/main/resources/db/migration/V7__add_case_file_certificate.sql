-- The e-certificate issued for a completed case (from certificate.issued), shown on the case.
ALTER TABLE case_file
	ADD COLUMN certificate_id VARCHAR(64) NULL,
	ADD COLUMN certificate_identifier VARCHAR(128) NULL,
	ADD COLUMN certificate_type VARCHAR(64) NULL;
