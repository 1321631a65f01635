-- Face step-up state per resident: failures in a row (reset by a pass or a counter
-- verification) and until when loa 3 holds; loa3_active is 1 while Keycloak still holds
-- loa 3 (the sweep lowers it after loa3_until).
CREATE TABLE face_state (
	subject VARCHAR(64) NOT NULL,
	failures_in_a_row INT NOT NULL,
	loa3_until DATETIME(3) NULL,
	loa3_active TINYINT(1) NOT NULL,
	updated_at DATETIME(3) NOT NULL,
	PRIMARY KEY (subject),
	INDEX ix_face_state_active (loa3_active, loa3_until)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
