-- Years the stored due date was counted Monday to Friday for want of their holiday notice ('' none; NULL not recorded).
ALTER TABLE case_file ADD COLUMN calendar_fallback_years VARCHAR(60) NULL;
