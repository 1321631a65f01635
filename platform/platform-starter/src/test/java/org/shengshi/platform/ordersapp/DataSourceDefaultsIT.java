package org.shengshi.platform.ordersapp;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver settings every service gets from the platform's defaults, on the real
 * MariaDB server, and transactions still committing and rolling back with the
 * connection's session state kept on the client.
 */
class DataSourceDefaultsIT extends OrdersAppSupport {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void connectionsKeepParsedStatementsAndTheirSessionState() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			JdbcConnection driver = connection.unwrap(JdbcConnection.class);
			assertThat(driver.getPropertySet().getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
			assertThat(driver.getPropertySet().getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue())
				.isEqualTo(250);
			assertThat(driver.getPropertySet().getBooleanProperty(PropertyKey.useLocalSessionState).getValue())
				.isTrue();
		}
	}

	@Test
	void transactionsCommitAndRollBackAsBefore() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		String kept = UUID.randomUUID().toString();
		String undone = UUID.randomUUID().toString();

		for (int round = 0; round < 3; round++) {
			transaction.executeWithoutResult((status) -> {
				insert(undone);
				status.setRollbackOnly();
			});
		}
		transaction.executeWithoutResult((status) -> insert(kept));
		this.jdbc.update("UPDATE orders SET quantity = quantity + 1 WHERE id = ?", kept);

		assertThat(count(undone)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT quantity FROM orders WHERE id = ?", Integer.class, kept))
			.isEqualTo(2);
	}

	private void insert(String id) {
		this.jdbc.update("INSERT INTO orders (id, item, quantity, created_at) VALUES (?, 'tea', 1, NOW(3))", id);
	}

	private int count(String id) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE id = ?", Integer.class, id);
	}

}
