-- Staff of the demo realm; the Keycloak subject is linked on first use.
INSERT INTO staff_member (id, username, subject, department_code, created_at) VALUES
	('0193a000-0000-7000-8000-000000000001', 'publisher1', NULL, '440100-GA', UTC_TIMESTAMP(3)),
	('0193a000-0000-7000-8000-000000000002', 'reviewer1', NULL, '440100-GA', UTC_TIMESTAMP(3)),
	('0193a000-0000-7000-8000-000000000003', 'officer1', NULL, '440100-GA', UTC_TIMESTAMP(3)),
	('0193a000-0000-7000-8000-000000000004', 'officer2', NULL, '440100-MZ', UTC_TIMESTAMP(3)),
	('0193a000-0000-7000-8000-000000000005', 'deptadmin1', NULL, '440100-GA', UTC_TIMESTAMP(3));
INSERT INTO staff_role (staff_id, role) VALUES
	('0193a000-0000-7000-8000-000000000001', 'dept_publisher'),
	('0193a000-0000-7000-8000-000000000002', 'catalog_reviewer'),
	('0193a000-0000-7000-8000-000000000003', 'case_officer'),
	('0193a000-0000-7000-8000-000000000004', 'case_officer'),
	('0193a000-0000-7000-8000-000000000005', 'dept_admin');
