-- The last case number sequence issued per region and day (Asia/Shanghai).
CREATE TABLE case_number_sequence (
	region_code CHAR(6) NOT NULL,
	filed_on DATE NOT NULL,
	last_sequence BIGINT NOT NULL,
	PRIMARY KEY (region_code, filed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
