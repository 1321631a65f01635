-- Immutable published versions: cases keep the version they were filed under.
CREATE TABLE service_item_version (
    item_id       CHAR(36)    NOT NULL,
    version       INT         NOT NULL,
    content       JSON        NOT NULL,
    published_by  VARCHAR(64) NOT NULL,
    published_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (item_id, version),
    CONSTRAINT fk_item_version_item FOREIGN KEY (item_id) REFERENCES service_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
