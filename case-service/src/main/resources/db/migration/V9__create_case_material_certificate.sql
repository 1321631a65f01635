-- Materials given as a reference to one of the applicant's e-certificates, with the department's read authorisation.
CREATE TABLE case_material_certificate (
	id CHAR(36) NOT NULL,
	case_id CHAR(36) NOT NULL,
	material_code VARCHAR(64) NOT NULL,
	certificate_id VARCHAR(64) NOT NULL,
	certificate_identifier VARCHAR(128) NULL,
	type_code VARCHAR(64) NOT NULL,
	authorisation_id VARCHAR(64) NOT NULL,
	attached_by VARCHAR(64) NOT NULL,
	attached_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	UNIQUE KEY uk_case_material_certificate (case_id, material_code, certificate_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
