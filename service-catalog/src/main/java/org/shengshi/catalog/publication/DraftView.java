package org.shengshi.catalog.publication;

import java.util.List;
import java.util.Set;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.publishing.ItemRevision;
import org.shengshi.catalog.publishing.PublishingAction;
import org.shengshi.catalog.publishing.TransitionRecord;
import org.shengshi.catalog.publishing.TransitionTable;

/**
 * The revision being written or reviewed, as staff see it.
 *
 * @param lastComment the latest return comment, if any
 * @param actions what can be done next (for buttons; the roles still apply)
 */
record DraftView(int revision, String status, ServiceItem content, Set<String> authors, List<TransitionRecord> history,
		String lastComment, Set<PublishingAction> actions) {

	static DraftView of(ItemRevision revision) {
		return new DraftView(revision.revision(), revision.status().name(), revision.content(), revision.authors(),
				revision.history(), revision.lastComment(), TransitionTable.actionsFrom(revision.status()));
	}

}
