-- A rectification ticket (差评整改) opened by a rating of 1 or 2, answered by the department.
CREATE TABLE rectification_ticket (
	id CHAR(36) NOT NULL,
	case_id CHAR(36) NOT NULL,
	department_code VARCHAR(32) NOT NULL,
	item_code VARCHAR(64) NOT NULL,
	opened_on DATE NOT NULL,
	due_on DATE NOT NULL,
	bad_indicators VARCHAR(200) NOT NULL,
	fallback_years VARCHAR(60) NOT NULL,
	status VARCHAR(16) NOT NULL,
	answer VARCHAR(1000) NULL,
	answered_by VARCHAR(64) NULL,
	answered_at DATETIME(3) NULL,
	PRIMARY KEY (id),
	UNIQUE KEY uk_rectification_ticket_case (case_id),
	KEY ix_rectification_ticket_department (department_code, status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
