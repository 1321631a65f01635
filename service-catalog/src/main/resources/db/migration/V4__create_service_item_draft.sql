-- The revision being written or reviewed, at most one per item; it becomes a row of
-- service_item_version when a reviewer approves it and is deleted then.
CREATE TABLE service_item_draft (
    item_id     CHAR(36)    NOT NULL,
    revision    INT         NOT NULL,
    status      VARCHAR(16) NOT NULL,
    content     JSON        NOT NULL,
    authors     JSON        NOT NULL,
    history     JSON        NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_item_draft_item FOREIGN KEY (item_id) REFERENCES service_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
