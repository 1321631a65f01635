package org.shengshi.catalog.publishing;

import java.util.Set;

/**
 * One edge of the workflow: in status {@code from}, {@code action} by {@code role} leads
 * to {@code to}, subject to {@code rules}, and emits {@code eventType} (or none).
 */
public record Transition(PublicationStatus from, PublishingAction action, PublicationStatus to, CatalogRole role,
		Set<Rule> rules, String eventType) {

	/** Extra conditions on an edge. */
	public enum Rule {

		/** The actor belongs to the item's implementing department. */
		SAME_DEPARTMENT,
		/** The actor neither wrote, edited nor submitted this revision. */
		NOT_AN_AUTHOR,
		/** A comment (reason) must be given. */
		COMMENT_REQUIRED,
		/** The item content must pass validation. */
		VALID_CONTENT,
		/** The revision receives the next version number. */
		ASSIGNS_VERSION

	}

	public Transition {
		rules = Set.copyOf(rules);
	}

	public boolean requires(Rule rule) {
		return this.rules.contains(rule);
	}

}
