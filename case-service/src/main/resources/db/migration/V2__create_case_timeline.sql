-- Every transition of a case: who, in which role, when, with which opinion, and the applicant's label.
CREATE TABLE case_timeline (
	id CHAR(36) NOT NULL,
	case_id CHAR(36) NOT NULL,
	action VARCHAR(32) NOT NULL,
	from_status VARCHAR(32) NOT NULL,
	to_status VARCHAR(32) NOT NULL,
	actor_sub VARCHAR(64) NOT NULL,
	actor_role VARCHAR(16) NOT NULL,
	opinion VARCHAR(500) NULL,
	label VARCHAR(100) NOT NULL,
	occurred_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	KEY ix_case_timeline_case (case_id, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
