-- One evaluation (好差评) per case; the primary key makes a second one impossible.
CREATE TABLE case_evaluation (
	case_id CHAR(36) NOT NULL,
	applicant_sub VARCHAR(64) NOT NULL,
	department_code VARCHAR(32) NOT NULL,
	item_code VARCHAR(64) NOT NULL,
	overall TINYINT NOT NULL,
	efficiency TINYINT NULL,
	guide_accuracy TINYINT NULL,
	convenience TINYINT NULL,
	ease_of_use TINYINT NULL,
	comment VARCHAR(500) NOT NULL,
	rated_at DATETIME(3) NOT NULL,
	PRIMARY KEY (case_id),
	KEY ix_case_evaluation_department (department_code, item_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
