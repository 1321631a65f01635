-- Departments of the demo realm (local-stack shengshi-realm.json): staff of 440100-GA and 440100-MZ.
INSERT INTO department (code, name, level, region_code, uscc, parent_code, created_at, updated_at) VALUES
	('440000-GA', '广东省公安厅', 'PROVINCE', '440000', '11440000006939811D', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
	('440000-MZ', '广东省民政厅', 'PROVINCE', '440000', '11440000006939802F', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
	('440100-GA', '广州市公安局', 'CITY', '440100', '114401000074822121', '440000-GA', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
	('440100-MZ', '广州市民政局', 'CITY', '440100', '114401000075023307', '440000-MZ', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
	('440106-GA', '广州市公安局天河区分局', 'DISTRICT', '440106', '11440106007479534U', '440100-GA', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
