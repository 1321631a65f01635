-- One row per service item (政务服务事项) and its workflow status; the published content of
-- each version lives in service_item_version and never changes once written.
CREATE TABLE service_item (
    id               CHAR(36)     NOT NULL,
    item_code        VARCHAR(64)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    item_type        VARCHAR(16)  NOT NULL,
    department_code  VARCHAR(32)  NOT NULL,
    region_code      CHAR(6)      NOT NULL,
    audience         VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    current_version  INT          NULL,
    instant          BOOLEAN      NOT NULL DEFAULT FALSE,
    visits           INT          NOT NULL DEFAULT 0,
    fee_fen          BIGINT       NOT NULL DEFAULT 0,
    promised_days    INT          NOT NULL,
    popularity       BIGINT       NOT NULL DEFAULT 0,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_service_item_code (item_code),
    KEY ix_service_item_department (department_code, status, updated_at),
    KEY ix_service_item_status (status, popularity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
