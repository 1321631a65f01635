CREATE TABLE staff_role (
	staff_id CHAR(36) NOT NULL,
	role VARCHAR(32) NOT NULL,
	PRIMARY KEY (staff_id, role),
	CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
