package org.shengshi.catalog.publishing;

import static org.shengshi.catalog.publishing.PublicationStatus.DRAFT;
import static org.shengshi.catalog.publishing.PublicationStatus.IN_REVIEW;
import static org.shengshi.catalog.publishing.PublicationStatus.PUBLISHED;
import static org.shengshi.catalog.publishing.PublicationStatus.RETIRED;
import static org.shengshi.catalog.publishing.PublicationStatus.SUPERSEDED;
import static org.shengshi.catalog.publishing.PublicationStatus.SUSPENDED;
import static org.shengshi.catalog.publishing.Transition.Rule.ASSIGNS_VERSION;
import static org.shengshi.catalog.publishing.Transition.Rule.COMMENT_REQUIRED;
import static org.shengshi.catalog.publishing.Transition.Rule.NOT_AN_AUTHOR;
import static org.shengshi.catalog.publishing.Transition.Rule.SAME_DEPARTMENT;
import static org.shengshi.catalog.publishing.Transition.Rule.VALID_CONTENT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The publishing workflow as an explicit table: status × action → status, with the role
 * allowed to take each action. Any pair not listed is refused.
 */
public final class TransitionTable {

	/** Event type emitted when a version is published. */
	public static final String PUBLISHED_EVENT = "catalog.item.published";

	/** Event type emitted when a published version stops taking applications. */
	public static final String SUSPENDED_EVENT = "catalog.item.suspended";

	/** Event type emitted when a suspended version takes applications again. */
	public static final String RESUMED_EVENT = "catalog.item.resumed";

	/** Event type emitted when an item is retired. */
	public static final String RETIRED_EVENT = "catalog.item.retired";

	private static final List<Transition> TRANSITIONS = List.of(
			edge(DRAFT, PublishingAction.SUBMIT, IN_REVIEW, CatalogRole.DEPT_PUBLISHER, null, SAME_DEPARTMENT,
					VALID_CONTENT),
			edge(IN_REVIEW, PublishingAction.WITHDRAW, DRAFT, CatalogRole.DEPT_PUBLISHER, null, SAME_DEPARTMENT),
			edge(IN_REVIEW, PublishingAction.RETURN, DRAFT, CatalogRole.CATALOG_REVIEWER, null, SAME_DEPARTMENT,
					NOT_AN_AUTHOR, COMMENT_REQUIRED),
			edge(IN_REVIEW, PublishingAction.APPROVE, PUBLISHED, CatalogRole.CATALOG_REVIEWER, PUBLISHED_EVENT,
					SAME_DEPARTMENT, NOT_AN_AUTHOR, VALID_CONTENT, ASSIGNS_VERSION),
			edge(PUBLISHED, PublishingAction.SUSPEND, SUSPENDED, CatalogRole.DEPT_PUBLISHER, SUSPENDED_EVENT,
					SAME_DEPARTMENT, COMMENT_REQUIRED),
			edge(SUSPENDED, PublishingAction.RESUME, PUBLISHED, CatalogRole.DEPT_PUBLISHER, RESUMED_EVENT,
					SAME_DEPARTMENT),
			edge(PUBLISHED, PublishingAction.RETIRE, RETIRED, CatalogRole.CATALOG_REVIEWER, RETIRED_EVENT,
					SAME_DEPARTMENT, COMMENT_REQUIRED),
			edge(SUSPENDED, PublishingAction.RETIRE, RETIRED, CatalogRole.CATALOG_REVIEWER, RETIRED_EVENT,
					SAME_DEPARTMENT, COMMENT_REQUIRED),
			edge(PUBLISHED, PublishingAction.SUPERSEDE, SUPERSEDED, CatalogRole.SYSTEM, null),
			edge(SUSPENDED, PublishingAction.SUPERSEDE, SUPERSEDED, CatalogRole.SYSTEM, null));

	private static final Map<PublicationStatus, Map<PublishingAction, Transition>> BY_STATUS = index();

	private TransitionTable() {
	}

	/**
	 * The edge for {@code action} in {@code status}, or empty when the action is not
	 * allowed there.
	 */
	public static Optional<Transition> find(PublicationStatus status, PublishingAction action) {
		return Optional.ofNullable(BY_STATUS.get(status).get(action));
	}

	/** Every edge, in declaration order. */
	public static List<Transition> all() {
		return TRANSITIONS;
	}

	/**
	 * The actions allowed in {@code status}, e.g. to show buttons in the staff console.
	 */
	public static Set<PublishingAction> actionsFrom(PublicationStatus status) {
		return Set.copyOf(BY_STATUS.get(status).keySet());
	}

	private static Transition edge(PublicationStatus from, PublishingAction action, PublicationStatus to,
			CatalogRole role, String eventType, Transition.Rule... rules) {
		return new Transition(from, action, to, role, Set.of(rules), eventType);
	}

	private static Map<PublicationStatus, Map<PublishingAction, Transition>> index() {
		Map<PublicationStatus, Map<PublishingAction, Transition>> byStatus = new EnumMap<>(PublicationStatus.class);
		for (PublicationStatus status : PublicationStatus.values()) {
			byStatus.put(status, new EnumMap<>(PublishingAction.class));
		}
		List<String> duplicates = new ArrayList<>();
		for (Transition transition : TRANSITIONS) {
			if (byStatus.get(transition.from()).put(transition.action(), transition) != null) {
				duplicates.add(transition.from() + "×" + transition.action());
			}
		}
		if (!duplicates.isEmpty()) {
			throw new IllegalStateException("duplicate transitions: " + duplicates);
		}
		return byStatus;
	}

}
