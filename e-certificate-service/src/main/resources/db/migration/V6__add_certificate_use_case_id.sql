-- The case a department read belongs to (NULL for verifications).
ALTER TABLE certificate_use ADD COLUMN case_id VARCHAR(64) NULL AFTER outcome;
