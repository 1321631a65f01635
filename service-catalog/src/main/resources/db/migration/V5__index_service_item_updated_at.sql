-- Replicas follow changes to the catalog by updated_at to keep their search index current.
CREATE INDEX ix_service_item_updated ON service_item (updated_at);
