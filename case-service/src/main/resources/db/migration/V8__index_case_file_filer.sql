-- Residents also list the cases they filed as a delegate (代办).
CREATE INDEX ix_case_file_filer ON case_file (filed_by_sub, id);
