-- 代办: a resident (delegator) authorises another verified resident (delegate) for all
-- service items or chosen ones (delegation_item), within a time window, revocable.
CREATE TABLE delegation (
	id CHAR(36) NOT NULL,
	delegator_subject VARCHAR(64) NOT NULL,
	delegate_subject VARCHAR(64) NOT NULL,
	all_items BOOLEAN NOT NULL,
	status VARCHAR(16) NOT NULL,
	valid_from DATETIME(3) NOT NULL,
	valid_until DATETIME(3) NOT NULL,
	created_at DATETIME(3) NOT NULL,
	revoked_at DATETIME(3) NULL,
	PRIMARY KEY (id),
	INDEX ix_delegation_pair (delegator_subject, delegate_subject, status),
	INDEX ix_delegation_delegate (delegate_subject, status)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
