-- A resident account created by phone sign-up: the Keycloak subject and the phone
-- (encrypted, with its blind index UNIQUE so that one phone number opens one account).
CREATE TABLE resident_account (
	id CHAR(36) NOT NULL,
	subject VARCHAR(64) NOT NULL,
	phone_enc VARCHAR(512) NOT NULL,
	phone_index CHAR(64) NOT NULL,
	created_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uk_resident_account_subject UNIQUE (subject),
	CONSTRAINT uk_resident_account_phone UNIQUE (phone_index)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
