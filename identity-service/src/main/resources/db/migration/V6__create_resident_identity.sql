-- A resident's verified real-name identity. Name and ID number are encrypted (AES-GCM,
-- platform PiiCipher); id_number_index is their blind index, UNIQUE so that one ID number
-- binds to one account even when two accounts verify at the same moment.
CREATE TABLE resident_identity (
	id CHAR(36) NOT NULL,
	subject VARCHAR(64) NOT NULL,
	name_enc VARCHAR(512) NOT NULL,
	id_number_enc VARCHAR(512) NOT NULL,
	id_number_index CHAR(64) NOT NULL,
	region_code CHAR(6) NOT NULL,
	verified_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uk_resident_identity_subject UNIQUE (subject),
	CONSTRAINT uk_resident_identity_id_number UNIQUE (id_number_index)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
