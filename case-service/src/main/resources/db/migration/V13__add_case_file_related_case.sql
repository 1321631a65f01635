-- A complaint may be about one of the complainant's own cases.
ALTER TABLE case_file ADD COLUMN related_case_id CHAR(36) NULL;
