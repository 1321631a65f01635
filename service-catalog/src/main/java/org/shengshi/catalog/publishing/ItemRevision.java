package org.shengshi.catalog.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.shengshi.catalog.item.ServiceItem;

/**
 * One revision of an item: its content and where it is in the workflow. Immutable: every
 * change returns a new revision, and {@link PublishingWorkflow} makes the only changes
 * allowed. Once approved, a revision carries its version number and its content never
 * changes again; cases keep the version they were filed under.
 *
 * @param itemId opaque id of the item (stable across versions)
 * @param revision revision counter of this item, 1 for the first draft
 * @param status workflow status
 * @param content item content
 * @param version version number given on approval, {@code null} before
 * @param authors subjects who created, edited or submitted this revision
 * @param history transitions so far, oldest first
 * @param publishedAt when it was approved, {@code null} before
 */
public record ItemRevision(String itemId, int revision, PublicationStatus status, ServiceItem content, Integer version,
		Set<String> authors, List<TransitionRecord> history, Instant publishedAt) {

	public ItemRevision {
		Objects.requireNonNull(itemId, "itemId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(content, "content");
		authors = Set.copyOf(authors);
		history = List.copyOf(history);
		if (status.isVersioned() != (version != null)) {
			throw new IllegalArgumentException("a revision has a version exactly when it has been published");
		}
	}

	/** The implementing department of the item. */
	public String departmentCode() {
		return this.content.departmentCode();
	}

	/** The latest comment given with a return, suspension or retirement, if any. */
	public String lastComment() {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (this.history.get(i).comment() != null) {
				return this.history.get(i).comment();
			}
		}
		return null;
	}

	ItemRevision withContent(ServiceItem newContent, String editor) {
		return new ItemRevision(this.itemId, this.revision, this.status, newContent, this.version,
				plus(this.authors, editor), this.history, this.publishedAt);
	}

	ItemRevision moved(TransitionRecord step, Integer newVersion, Instant newPublishedAt, boolean authored) {
		List<TransitionRecord> steps = new ArrayList<>(this.history);
		steps.add(step);
		Set<String> newAuthors = authored ? plus(this.authors, step.actorSubject()) : this.authors;
		return new ItemRevision(this.itemId, this.revision, step.to(), this.content, newVersion, newAuthors, steps,
				newPublishedAt);
	}

	private static Set<String> plus(Set<String> set, String element) {
		Set<String> copy = new LinkedHashSet<>(set);
		copy.add(element);
		return copy;
	}

}
