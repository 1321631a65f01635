-- Work queues filtered by kind, in due-date order.
CREATE INDEX ix_case_file_queue_kind ON case_file (department_code, kind, queue_due, id);
