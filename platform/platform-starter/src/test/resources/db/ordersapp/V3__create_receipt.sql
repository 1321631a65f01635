CREATE TABLE receipt (
	id         VARCHAR(36)  NOT NULL,
	payer      VARCHAR(100) NOT NULL,
	amount_fen BIGINT       NOT NULL,
	PRIMARY KEY (id)
);
