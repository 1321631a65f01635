-- The status of each published version (PUBLISHED, SUSPENDED, SUPERSEDED, RETIRED); the
-- content of a version never changes, only whether cases may still be filed on it.
ALTER TABLE service_item_version ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'PUBLISHED';
