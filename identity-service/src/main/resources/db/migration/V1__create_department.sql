-- Departments form the administrative tree province -> city -> district. The code is the
-- 6-digit region code plus a sector suffix (440100-GA = 广州市公安局).
CREATE TABLE department (
	code VARCHAR(16) NOT NULL,
	name VARCHAR(100) NOT NULL,
	level VARCHAR(16) NOT NULL,
	region_code CHAR(6) NOT NULL,
	uscc CHAR(18) NOT NULL,
	parent_code VARCHAR(16) NULL,
	created_at DATETIME(3) NOT NULL,
	updated_at DATETIME(3) NOT NULL,
	PRIMARY KEY (code),
	CONSTRAINT uk_department_uscc UNIQUE (uscc),
	CONSTRAINT fk_department_parent FOREIGN KEY (parent_code) REFERENCES department (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
