package org.shengshi.catalog.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.item.ServiceItemValidator;
import org.shengshi.catalog.publishing.Transition.Rule;
import org.shengshi.catalog.publishing.WorkflowException.WorkflowError;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.ValidationException;

/**
 * Applies the {@link TransitionTable} to item revisions and enforces who may act. Pure:
 * the service layer loads the revision, calls this, then stores the result with a
 * conditional update ({@code WHERE id = ? AND status = ?}) and writes the returned event
 * to the outbox in the same transaction. Thread-safe.
 */
public final class PublishingWorkflow {

	/** Longest comment kept with a transition. */
	public static final int MAX_COMMENT_LENGTH = 500;

	private final ServiceItemValidator validator;

	private final Clock clock;

	public PublishingWorkflow(ServiceItemValidator validator, Clock clock) {
		this.validator = validator;
		this.clock = clock;
	}

	/** The result of an action: the new revision and the event to publish, if any. */
	public record Outcome(ItemRevision revision, Optional<PublishingEvent> event) {
	}

	/**
	 * A first draft of a new item, written by a publisher of its implementing department.
	 */
	public ItemRevision startDraft(String itemId, ServiceItem content, Actor actor) {
		requirePublisherOf(content.departmentCode(), actor);
		return new ItemRevision(itemId, 1, PublicationStatus.DRAFT, content, null, Set.of(actor.subject()), List.of(),
				null);
	}

	/** A new draft revision copied from the current published (or suspended) version. */
	public ItemRevision revise(ItemRevision current, Actor actor) {
		if (current.status() != PublicationStatus.PUBLISHED && current.status() != PublicationStatus.SUSPENDED) {
			throw new WorkflowException(WorkflowError.ACTION_NOT_ALLOWED,
					"only the current published version can be revised, not a " + current.status() + " one");
		}
		requirePublisherOf(current.departmentCode(), actor);
		return new ItemRevision(current.itemId(), current.revision() + 1, PublicationStatus.DRAFT, current.content(),
				null, Set.of(actor.subject()), List.of(), null);
	}

	/** Replaces the content of a draft; the item code and department cannot change. */
	public ItemRevision edit(ItemRevision draft, ServiceItem content, Actor actor) {
		if (draft.status() != PublicationStatus.DRAFT) {
			throw new WorkflowException(WorkflowError.ITEM_NOT_EDITABLE,
					"a " + draft.status() + " revision cannot be edited");
		}
		requirePublisherOf(draft.departmentCode(), actor);
		if (!Objects.equals(draft.content().code(), content.code())
				|| !Objects.equals(draft.departmentCode(), content.departmentCode())) {
			throw new WorkflowException(WorkflowError.ITEM_IDENTITY_CHANGED,
					"the item code and implementing department of an item are fixed");
		}
		return draft.withContent(content, actor.subject());
	}

	/**
	 * Takes {@code action} on {@code revision}.
	 * @param comment reason or review comments; required where the table says so
	 * @param latestVersion highest version number the item has been published under (0 if
	 * never); approval assigns {@code latestVersion + 1}
	 * @throws WorkflowException when the action is not allowed for this actor in this
	 * status
	 * @throws ValidationException when the content must be valid and is not
	 */
	public Outcome apply(ItemRevision revision, PublishingAction action, Actor actor, String comment,
			int latestVersion) {
		Transition transition = TransitionTable.find(revision.status(), action)
			.orElseThrow(() -> new WorkflowException(WorkflowError.ACTION_NOT_ALLOWED,
					action + " is not allowed on a " + revision.status() + " revision"));
		checkActor(transition, revision, actor);
		String normalisedComment = checkComment(transition, comment);
		if (transition.requires(Rule.VALID_CONTENT)) {
			List<FieldError> errors = this.validator.validate(revision.content());
			if (!errors.isEmpty()) {
				throw new ValidationException("ITEM_INVALID", errors);
			}
		}
		Instant now = this.clock.instant();
		boolean assigns = transition.requires(Rule.ASSIGNS_VERSION);
		Integer version = assigns ? Integer.valueOf(Math.max(latestVersion, 0) + 1) : revision.version();
		Instant publishedAt = assigns ? now : revision.publishedAt();
		TransitionRecord step = new TransitionRecord(action, transition.from(), transition.to(), actor.subject(),
				transition.role(), normalisedComment, now);
		ItemRevision moved = revision.moved(step, version, publishedAt, action == PublishingAction.SUBMIT);
		return new Outcome(moved, event(transition, moved, actor, now));
	}

	private static void checkActor(Transition transition, ItemRevision revision, Actor actor) {
		if (!actor.has(transition.role())) {
			throw new WorkflowException(WorkflowError.ROLE_REQUIRED,
					transition.action() + " needs the role " + transition.role().roleName());
		}
		if (transition.requires(Rule.SAME_DEPARTMENT) && !actor.belongsTo(revision.departmentCode())) {
			throw new WorkflowException(WorkflowError.OTHER_DEPARTMENT,
					"staff act only on items of their own department");
		}
		if (transition.requires(Rule.NOT_AN_AUTHOR) && revision.authors().contains(actor.subject())) {
			throw new WorkflowException(WorkflowError.SEPARATION_OF_DUTIES,
					"the author of a revision cannot review it");
		}
	}

	private static String checkComment(Transition transition, String comment) {
		String stripped = (comment != null) ? comment.strip() : "";
		if (transition.requires(Rule.COMMENT_REQUIRED) && stripped.isEmpty()) {
			throw new WorkflowException(WorkflowError.COMMENT_REQUIRED, transition.action() + " needs a comment");
		}
		if (stripped.length() > MAX_COMMENT_LENGTH) {
			throw new WorkflowException(WorkflowError.COMMENT_REQUIRED,
					"a comment has at most " + MAX_COMMENT_LENGTH + " characters");
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private static Optional<PublishingEvent> event(Transition transition, ItemRevision moved, Actor actor,
			Instant now) {
		if (transition.eventType() == null) {
			return Optional.empty();
		}
		return Optional.of(new PublishingEvent(transition.eventType(), moved.itemId(), moved.content().code(),
				moved.departmentCode(), moved.version(), actor.subject(), now));
	}

	private static void requirePublisherOf(String departmentCode, Actor actor) {
		if (!actor.has(CatalogRole.DEPT_PUBLISHER)) {
			throw new WorkflowException(WorkflowError.ROLE_REQUIRED, "drafting needs the role dept_publisher");
		}
		if (!actor.belongsTo(departmentCode)) {
			throw new WorkflowException(WorkflowError.OTHER_DEPARTMENT,
					"staff draft only items of their own department");
		}
	}

}
