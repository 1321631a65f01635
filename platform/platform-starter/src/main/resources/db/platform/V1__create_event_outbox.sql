-- Transactional outbox: one row per event, written in the business transaction and
-- relayed to the Redis Stream shengshi:events:<source> by the platform starter.
CREATE TABLE event_outbox (
	id           VARCHAR(36)  NOT NULL,
	type         VARCHAR(128) NOT NULL,
	source       VARCHAR(64)  NOT NULL,
	subject      VARCHAR(128) NULL,
	time         DATETIME(3)  NOT NULL,
	data_version INT          NOT NULL,
	payload      JSON         NOT NULL,
	traceparent  VARCHAR(55)  NULL,
	relayed_at   DATETIME(3)  NULL,
	attempts     INT          NOT NULL DEFAULT 0,
	PRIMARY KEY (id),
	KEY ix_event_outbox_relay (relayed_at, time),
	KEY ix_event_outbox_time (time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
