-- Inbox: the events a consumer has handled, so a redelivered event has no second effect.
CREATE TABLE event_inbox (
	consumer    VARCHAR(64) NOT NULL,
	event_id    VARCHAR(36) NOT NULL,
	received_at DATETIME(3) NOT NULL,
	PRIMARY KEY (consumer, event_id),
	KEY ix_event_inbox_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
