-- What the test EventHandler does for each order.placed event; deliberately without a
-- unique key, so a second effect of one event would show as a second row.
CREATE TABLE order_effect (
	id          BIGINT       NOT NULL AUTO_INCREMENT,
	event_id    VARCHAR(36)  NOT NULL,
	order_id    VARCHAR(36)  NOT NULL,
	traceparent VARCHAR(55)  NULL,
	PRIMARY KEY (id)
);
