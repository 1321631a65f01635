-- The officer who claimed the case or was assigned it (work queues).
ALTER TABLE case_file ADD COLUMN assignee_sub VARCHAR(64) NULL;
