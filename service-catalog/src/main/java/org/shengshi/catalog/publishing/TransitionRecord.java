package org.shengshi.catalog.publishing;

import java.time.Instant;

/** One step in a revision's history: who did what, when, with which comment. */
public record TransitionRecord(PublishingAction action, PublicationStatus from, PublicationStatus to,
		String actorSubject, CatalogRole role, String comment, Instant at) {
}
