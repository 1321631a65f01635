package org.shengshi.catalog.items;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.publishing.CatalogRole;
import org.shengshi.catalog.publishing.PublicationStatus;
import org.shengshi.catalog.publishing.PublishingAction;
import org.shengshi.catalog.publishing.TransitionRecord;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ShengshiServiceTest
class ItemStoreIT {

	@Autowired
	private ItemStore store;

	@Autowired
	private SeedCatalog seed;

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private ItemRecord storedDraftItem() {
		ItemRecord row = StoredItems.row(StoredItems.freshItem(this.seed, "440100-GA"), "DRAFT", null);
		this.store.insertItem(row);
		return row;
	}

	@Test
	void insertedItemIsFoundByCodeLockedAndListedAmongAllCodes() {
		ItemRecord row = storedDraftItem();

		assertThat(this.store.findItem(row.itemCode())).contains(row);
		assertThat(this.store.lockItem(row.itemCode())).contains(row);
		assertThat(this.store.findAllItemCodes()).contains(row.itemCode());
		assertThat(this.store.findItem("XK00000001-440100-GA")).isEmpty();
	}

	@Test
	void statusChangesOnlyFromTheExpectedStatus() {
		ItemRecord row = storedDraftItem();

		assertThat(this.store.updateStatus(row.id(), "PUBLISHED", "RETIRED", now())).isZero();
		assertThat(this.store.updateStatus(row.id(), "DRAFT", "RETIRED", now())).isOne();
		assertThat(this.store.findItem(row.itemCode()).orElseThrow().status()).isEqualTo("RETIRED");
	}

	@Test
	void publishedVersionIsStoredReadAndItsStatusChangesConditionally() {
		ItemRecord row = storedDraftItem();
		ServiceItem content = StoredItems.freshItem(this.seed, "440100-GA");
		VersionRecord version = new VersionRecord(row.id(), 1, "PUBLISHED", ItemContentCodec.write(content),
				"reviewer-1", now());
		this.store.insertVersion(version);

		VersionRecord read = this.store.findVersion(row.id(), 1).orElseThrow();
		assertThat(ItemContentCodec.readItem(read.content())).isEqualTo(content);
		assertThat(read.status()).isEqualTo("PUBLISHED");
		assertThat(this.store.findVersion(row.id(), 2)).isEmpty();
		assertThat(this.store.latestVersion(row.id())).isOne();
		assertThat(this.store.updateVersionStatus(row.id(), 1, "RETIRED", "SUPERSEDED")).isZero();
		assertThat(this.store.updateVersionStatus(row.id(), 1, "PUBLISHED", "SUPERSEDED")).isOne();
	}

	@Test
	void markPublishedMovesTheItemToItsNewVersionAndShowsInPublishedContentAndChanges() {
		Instant before = now().minusSeconds(1);
		ItemRecord row = storedDraftItem();
		ServiceItem content = StoredItems.freshItem(this.seed, "440100-GA");
		this.store.insertVersion(
				new VersionRecord(row.id(), 1, "PUBLISHED", ItemContentCodec.write(content), "reviewer-1", now()));

		ItemRecord published = ItemRecords.published(row, content, 1, now());
		assertThat(this.store.markPublished(published, "PUBLISHED")).isZero();
		assertThat(this.store.markPublished(published, "DRAFT")).isOne();

		assertThat(this.store.findPublishedContent()).extracting(CurrentVersionRecord::itemCode)
			.contains(row.itemCode());
		assertThat(this.store.findChangedSince(before)).extracting(ItemStamp::itemCode).contains(row.itemCode());
		assertThat(this.store.findChangedSince(now().plusSeconds(1))).isEmpty();
		List<CurrentVersionRecord> changed = this.store.findCurrent(List.of(row.itemCode(), "NO-SUCH-ITEM"));
		assertThat(changed).singleElement().satisfies((item) -> {
			assertThat(item.currentVersion()).isOne();
			assertThat(item.content()).isNotNull();
		});
	}

	@Test
	void draftIsStoredUpdatedAndDeletedOnlyInTheExpectedStatus() {
		ItemRecord row = storedDraftItem();
		ServiceItem content = StoredItems.freshItem(this.seed, "440100-GA");
		TransitionRecord step = new TransitionRecord(PublishingAction.SUBMIT, PublicationStatus.DRAFT,
				PublicationStatus.IN_REVIEW, "publisher-1", CatalogRole.DEPT_PUBLISHER, null, now());
		DraftRecord draft = new DraftRecord(row.id(), 1, "DRAFT", ItemContentCodec.write(content),
				ItemContentCodec.write(Set.of("publisher-1")), ItemContentCodec.write(List.of()), "publisher-1", now());
		this.store.insertDraft(draft);
		assertThat(this.store.findDraft(row.id())).contains(draft);

		DraftRecord submitted = new DraftRecord(row.id(), 1, "IN_REVIEW", draft.content(), draft.authors(),
				ItemContentCodec.write(List.of(step)), "publisher-1", now());
		assertThat(this.store.updateDraft(submitted, "IN_REVIEW")).isZero();
		assertThat(this.store.updateDraft(submitted, "DRAFT")).isOne();
		assertThat(ItemContentCodec.readHistory(this.store.findDraft(row.id()).orElseThrow().history()))
			.containsExactly(step);
		assertThat(ItemContentCodec.readAuthors(draft.authors())).containsExactly("publisher-1");

		assertThat(this.store.deleteDraft(row.id(), 1, "DRAFT")).isZero();
		assertThat(this.store.deleteDraft(row.id(), 1, "IN_REVIEW")).isOne();
		assertThat(this.store.findDraft(row.id())).isEmpty();
	}

}
