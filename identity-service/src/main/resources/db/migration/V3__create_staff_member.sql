-- A staff account of one department. subject is the Keycloak user id once known.
CREATE TABLE staff_member (
	id CHAR(36) NOT NULL,
	username VARCHAR(64) NOT NULL,
	subject VARCHAR(64) NULL,
	department_code VARCHAR(16) NOT NULL,
	created_at DATETIME(3) NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uk_staff_member_username UNIQUE (username),
	CONSTRAINT uk_staff_member_subject UNIQUE (subject),
	CONSTRAINT fk_staff_member_department FOREIGN KEY (department_code) REFERENCES department (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
