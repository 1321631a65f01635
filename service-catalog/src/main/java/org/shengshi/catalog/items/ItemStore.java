package org.shengshi.catalog.items;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads and writes items, their published versions and drafts. State changes are
 * conditional on the status read ({@code WHERE id = ? AND status = ?}): 0 rows means
 * somebody else acted first.
 */
@Mapper
public interface ItemStore {

	void insertItem(ItemRecord item);

	Optional<ItemRecord> findItem(@Param("itemCode") String itemCode);

	/** The item row, locked for the rest of the transaction. */
	Optional<ItemRecord> lockItem(@Param("itemCode") String itemCode);

	List<String> findAllItemCodes();

	/**
	 * Makes {@code version} the current published version and copies its list columns.
	 */
	int markPublished(@Param("item") ItemRecord item, @Param("expectedStatus") String expectedStatus);

	int updateStatus(@Param("id") String id, @Param("expectedStatus") String expectedStatus,
			@Param("status") String status, @Param("updatedAt") Instant updatedAt);

	void insertVersion(VersionRecord version);

	Optional<VersionRecord> findVersion(@Param("itemId") String itemId, @Param("version") int version);

	int updateVersionStatus(@Param("itemId") String itemId, @Param("version") int version,
			@Param("expectedStatus") String expectedStatus, @Param("status") String status);

	int latestVersion(@Param("itemId") String itemId);

	void insertDraft(DraftRecord draft);

	Optional<DraftRecord> findDraft(@Param("itemId") String itemId);

	int updateDraft(@Param("draft") DraftRecord draft, @Param("expectedStatus") String expectedStatus);

	int deleteDraft(@Param("itemId") String itemId, @Param("revision") int revision,
			@Param("expectedStatus") String expectedStatus);

	/** Every published item with the content of its current version. */
	List<CurrentVersionRecord> findPublishedContent();

	/**
	 * The code and {@code updated_at} of every item changed at or after {@code since},
	 * oldest change first: cheap enough to poll every second, the content is read only
	 * for the items whose change has not been seen yet ({@link #findCurrent}).
	 */
	List<ItemStamp> findChangedSince(@Param("since") Instant since);

	/**
	 * The given items (at most a few hundred codes) with their current content if
	 * published, oldest change first.
	 */
	List<CurrentVersionRecord> findCurrent(@Param("itemCodes") Collection<String> itemCodes);

}
