package org.shengshi.catalog.publication;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shengshi.catalog.items.DraftRecord;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemRecord;
import org.shengshi.catalog.items.VersionRecord;
import org.shengshi.catalog.publishing.ItemRevision;
import org.shengshi.catalog.publishing.PublicationStatus;

/** Converts between stored rows and the workflow's {@link ItemRevision}. */
final class Revisions {

	private Revisions() {
	}

	static ItemRevision ofDraft(DraftRecord draft) {
		return new ItemRevision(draft.itemId(), draft.revision(), PublicationStatus.valueOf(draft.status()),
				ItemContentCodec.readItem(draft.content()), null, ItemContentCodec.readAuthors(draft.authors()),
				ItemContentCodec.readHistory(draft.history()), null);
	}

	/** The current published (or suspended) version as a revision. */
	static ItemRevision ofPublished(ItemRecord item, VersionRecord version) {
		return new ItemRevision(item.id(), version.version(), PublicationStatus.valueOf(item.status()),
				ItemContentCodec.readItem(version.content()), version.version(), Set.of(), List.of(),
				version.publishedAt());
	}

	static DraftRecord toDraft(ItemRevision revision, String actor, Instant now) {
		return new DraftRecord(revision.itemId(), revision.revision(), revision.status().name(),
				ItemContentCodec.write(revision.content()), ItemContentCodec.write(revision.authors()),
				ItemContentCodec.write(revision.history()), actor, now);
	}

}
