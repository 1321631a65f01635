CREATE TABLE orders (
	id         VARCHAR(36)  NOT NULL,
	item       VARCHAR(100) NOT NULL,
	quantity   INT          NOT NULL,
	created_at DATETIME(3)  NOT NULL,
	PRIMARY KEY (id)
);
