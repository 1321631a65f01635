CREATE TABLE payment_refund (
	id                CHAR(36)     NOT NULL,
	order_id          CHAR(36)     NOT NULL,
	out_refund_no     VARCHAR(32)  NOT NULL,
	amount_fen        BIGINT       NOT NULL,
	reason            VARCHAR(80)  NOT NULL,
	status            VARCHAR(16)  NOT NULL,
	channel_refund_no VARCHAR(64)  NULL,
	failure_code      VARCHAR(64)  NULL,
	requested_by      VARCHAR(64)  NOT NULL,
	requested_at      DATETIME(3)  NOT NULL,
	succeeded_at      DATETIME(3)  NULL,
	updated_at        DATETIME(3)  NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uk_payment_refund_out_refund_no UNIQUE (out_refund_no),
	INDEX ix_payment_refund_order (order_id, requested_at),
	INDEX ix_payment_refund_status (status, requested_at),
	INDEX ix_payment_refund_succeeded (succeeded_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
