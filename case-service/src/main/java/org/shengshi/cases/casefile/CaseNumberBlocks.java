package org.shengshi.cases.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Hands out case-number sequences from blocks reserved in {@code case_number_sequence}. A
 * block is reserved with one auto-committed upsert on a connection of its own pool, so no
 * submitting transaction ever holds the region's sequence row until its commit (which
 * serialised every submission of a region), and reserving never waits for a connection of
 * the main pool that its own caller may be holding. A number is never issued twice: the
 * block is committed before any of its numbers is used. Numbers left in a block when the
 * service stops, or taken by a submission that rolls back, are not reissued (gaps). Each
 * instance issues its own blocks, so numbers from two instances interleave.
 */
final class CaseNumberBlocks implements AutoCloseable {

	private static final String RESERVE = "INSERT INTO case_number_sequence (region_code, filed_on, last_sequence) "
			+ "VALUES (?, ?, LAST_INSERT_ID(?)) "
			+ "ON DUPLICATE KEY UPDATE last_sequence = LAST_INSERT_ID(last_sequence + ?)";

	private final DataSource reservations;

	private final int blockSize;

	private final Map<Key, Block> blocks = new ConcurrentHashMap<>();

	/**
	 * @param reservations the pool the blocks are reserved on, closed with this object
	 * when it is {@link AutoCloseable}
	 * @param blockSize sequences per block, 1 to 1,000
	 */
	CaseNumberBlocks(DataSource reservations, int blockSize) {
		if (blockSize < 1 || blockSize > 1000) {
			throw new IllegalArgumentException("the case number block size is between 1 and 1000");
		}
		this.reservations = reservations;
		this.blockSize = blockSize;
	}

	/** The next sequence of the region and day. */
	long next(String regionCode, LocalDate day) {
		Block block = this.blocks.computeIfAbsent(new Key(regionCode, day), (key) -> new Block());
		synchronized (block) {
			if (block.next > block.last) {
				long last = reserve(regionCode, day);
				block.next = last - this.blockSize + 1;
				block.last = last;
				forgetDaysBefore(day.minusDays(1));
			}
			return block.next++;
		}
	}

	private long reserve(String regionCode, LocalDate day) {
		try (Connection connection = this.reservations.getConnection()) {
			try (PreparedStatement upsert = connection.prepareStatement(RESERVE)) {
				upsert.setString(1, regionCode);
				upsert.setObject(2, day);
				upsert.setLong(3, this.blockSize);
				upsert.setLong(4, this.blockSize);
				upsert.executeUpdate();
			}
			try (Statement query = connection.createStatement();
					ResultSet last = query.executeQuery("SELECT LAST_INSERT_ID()")) {
				last.next();
				return last.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("could not reserve case numbers", ex);
		}
	}

	private void forgetDaysBefore(LocalDate day) {
		this.blocks.keySet().removeIf((key) -> key.day().isBefore(day));
	}

	@Override
	public void close() throws Exception {
		if (this.reservations instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	private record Key(String regionCode, LocalDate day) {
	}

	/** Sequences {@code next..last} are free to hand out; empty at first. */
	private static final class Block {

		long next = 1;

		long last;

	}

}
