CREATE TABLE reconciliation_report (
	id                CHAR(36)    NOT NULL,
	channel           VARCHAR(16) NOT NULL,
	statement_date    DATE        NOT NULL,
	status            VARCHAR(16) NOT NULL,
	discrepancy_count INT         NOT NULL,
	repaired_count    INT         NOT NULL,
	discrepancies     TEXT        NOT NULL,
	created_at        DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uk_reconciliation_report_day UNIQUE (channel, statement_date)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
