CREATE TABLE delegation_item (
	delegation_id CHAR(36) NOT NULL,
	item_code VARCHAR(64) NOT NULL,
	PRIMARY KEY (delegation_id, item_code),
	CONSTRAINT fk_delegation_item_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
