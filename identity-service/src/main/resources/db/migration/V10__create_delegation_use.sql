-- Every use of a delegation that a platform service checked and was allowed; the delegator sees it.
CREATE TABLE delegation_use (
	id CHAR(36) NOT NULL,
	delegation_id CHAR(36) NOT NULL,
	item_code VARCHAR(64) NOT NULL,
	client_id VARCHAR(64) NULL,
	used_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	INDEX ix_delegation_use_delegation (delegation_id, used_at),
	CONSTRAINT fk_delegation_use_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
