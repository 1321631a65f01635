CREATE TABLE security_audit (
	id           CHAR(36)     NOT NULL,
	kind         VARCHAR(32)  NOT NULL,
	channel      VARCHAR(16)  NOT NULL,
	reason       VARCHAR(64)  NOT NULL,
	detail       VARCHAR(255) NULL,
	out_trade_no VARCHAR(64)  NULL,
	occurred_at  DATETIME(3)  NOT NULL,
	PRIMARY KEY (id),
	INDEX ix_security_audit_time (occurred_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
