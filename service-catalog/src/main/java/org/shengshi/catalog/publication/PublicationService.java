package org.shengshi.catalog.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.shengshi.catalog.item.ItemCode;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.items.CatalogChanged;
import org.shengshi.catalog.items.DraftRecord;
import org.shengshi.catalog.items.ItemCodes;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemRecord;
import org.shengshi.catalog.items.ItemRecords;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.items.VersionRecord;
import org.shengshi.catalog.publishing.Actor;
import org.shengshi.catalog.publishing.ItemRevision;
import org.shengshi.catalog.publishing.PublicationStatus;
import org.shengshi.catalog.publishing.PublishingAction;
import org.shengshi.catalog.publishing.PublishingEvent;
import org.shengshi.catalog.publishing.PublishingWorkflow;
import org.shengshi.catalog.publishing.PublishingWorkflow.Outcome;
import org.shengshi.catalog.publishing.WorkflowException;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.ValidationException;
import org.shengshi.platform.events.EventPublisher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the publishing workflow on stored items. Each call is one transaction that locks
 * the item row, applies {@link PublishingWorkflow}, stores the outcome with conditional
 * updates and writes the event to the outbox.
 */
@Service
@Transactional
class PublicationService {

	private static final Set<PublishingAction> DRAFT_ACTIONS = Set.of(PublishingAction.SUBMIT,
			PublishingAction.WITHDRAW, PublishingAction.RETURN, PublishingAction.APPROVE);

	private final ItemStore store;

	private final PublishingWorkflow workflow;

	private final EventPublisher events;

	private final ApplicationEventPublisher localEvents;

	private final Clock clock;

	PublicationService(ItemStore store, PublishingWorkflow workflow, EventPublisher events,
			ApplicationEventPublisher localEvents, Clock clock) {
		this.store = store;
		this.workflow = workflow;
		this.events = events;
		this.localEvents = localEvents;
		this.clock = clock;
	}

	ManagedItemView startDraft(ServiceItem submitted, Actor actor) {
		ServiceItem content = withRegion(submitted);
		requireIdentity(content);
		String itemCode = ItemCodes.of(content);
		if (this.store.findItem(itemCode).isPresent()) {
			throw Problems.itemExists();
		}
		String id = UUID.randomUUID().toString();
		ItemRevision draft = guarded(() -> this.workflow.startDraft(id, content, actor));
		Instant now = this.clock.instant();
		this.store.insertItem(ItemRecords.newItem(id, content, "DRAFT", null, 0, actor.subject(), now));
		this.store.insertDraft(Revisions.toDraft(draft, actor.subject(), now));
		return view(this.store.findItem(itemCode).orElseThrow(), draft);
	}

	ManagedItemView revise(String itemCode, Actor actor) {
		ItemRecord item = lockOwn(itemCode, actor);
		if (this.store.findDraft(item.id()).isPresent()) {
			throw Problems.draftExists();
		}
		ItemRevision draft = guarded(() -> this.workflow.revise(published(item), actor));
		this.store.insertDraft(Revisions.toDraft(draft, actor.subject(), this.clock.instant()));
		return view(item, draft);
	}

	ManagedItemView edit(String itemCode, ServiceItem submitted, Actor actor) {
		ItemRecord item = lockOwn(itemCode, actor);
		ItemRevision draft = draftOf(item);
		ItemRevision edited = guarded(() -> this.workflow.edit(draft, withRegion(submitted), actor));
		saveDraft(edited, draft.status(), actor);
		return view(item, edited);
	}

	@Transactional(readOnly = true)
	ManagedItemView show(String itemCode, Actor actor) {
		ItemRecord item = findOwn(itemCode, actor);
		return view(item, this.store.findDraft(item.id()).map(Revisions::ofDraft).orElse(null));
	}

	ManagedItemView act(String itemCode, PublishingAction action, String comment, Actor actor) {
		ItemRecord item = lockOwn(itemCode, actor);
		if (DRAFT_ACTIONS.contains(action)) {
			return actOnDraft(item, action, comment, actor);
		}
		ItemRevision current = published(item);
		Outcome outcome = apply(current, action, comment, actor);
		String status = outcome.revision().status().name();
		Instant now = this.clock.instant();
		if (this.store.updateStatus(item.id(), item.status(), status, now) != 1
				|| this.store.updateVersionStatus(item.id(), current.version(), item.status(), status) != 1) {
			throw Problems.concurrentChange();
		}
		if (action == PublishingAction.RETIRE) {
			this.store.findDraft(item.id())
				.ifPresent((draft) -> this.store.deleteDraft(item.id(), draft.revision(), draft.status()));
		}
		publish(outcome, item);
		return view(this.store.findItem(itemCode).orElseThrow(), null);
	}

	private ManagedItemView actOnDraft(ItemRecord item, PublishingAction action, String comment, Actor actor) {
		ItemRevision draft = draftOf(item);
		Outcome outcome = apply(draft, action, comment, actor);
		ItemRevision moved = outcome.revision();
		if (moved.status() != PublicationStatus.PUBLISHED) {
			saveDraft(moved, draft.status(), actor);
			return view(item, moved);
		}
		approve(item, draft, moved, actor);
		publish(outcome, item);
		return view(this.store.findItem(item.itemCode()).orElseThrow(), null);
	}

	private void approve(ItemRecord item, ItemRevision draft, ItemRevision approved, Actor actor) {
		Instant now = this.clock.instant();
		if (this.store.deleteDraft(item.id(), draft.revision(), draft.status().name()) != 1) {
			throw Problems.concurrentChange();
		}
		if (item.currentVersion() != null) {
			this.store.updateVersionStatus(item.id(), item.currentVersion(), item.status(), "SUPERSEDED");
		}
		this.store.insertVersion(new VersionRecord(item.id(), approved.version(), "PUBLISHED",
				ItemContentCodec.write(approved.content()), actor.subject(), now));
		ItemRecord published = ItemRecords.published(item, approved.content(), approved.version(), now);
		if (this.store.markPublished(published, item.status()) != 1) {
			throw Problems.concurrentChange();
		}
	}

	private Outcome apply(ItemRevision revision, PublishingAction action, String comment, Actor actor) {
		if (action == PublishingAction.SUPERSEDE) {
			throw Problems.of(new WorkflowException(WorkflowException.WorkflowError.ACTION_NOT_ALLOWED,
					"SUPERSEDE is taken by the catalog itself"));
		}
		int latest = this.store.latestVersion(revision.itemId());
		return guarded(() -> this.workflow.apply(revision, action, actor, comment, latest));
	}

	private void publish(Outcome outcome, ItemRecord item) {
		outcome.event()
			.ifPresent((PublishingEvent event) -> this.events.publish(event.type(), item.itemCode(),
					new ItemEventData(item.id(), item.itemCode(), event.itemCode(), event.departmentCode(),
							event.version(), event.actorSubject(), event.at())));
		this.localEvents.publishEvent(new CatalogChanged(item.itemCode()));
	}

	private void saveDraft(ItemRevision revision, PublicationStatus expected, Actor actor) {
		DraftRecord row = Revisions.toDraft(revision, actor.subject(), this.clock.instant());
		if (this.store.updateDraft(row, expected.name()) != 1) {
			throw Problems.concurrentChange();
		}
	}

	private ItemRevision draftOf(ItemRecord item) {
		return this.store.findDraft(item.id()).map(Revisions::ofDraft).orElseThrow(Problems::noDraft);
	}

	private ItemRevision published(ItemRecord item) {
		if (item.currentVersion() == null || !Set.of("PUBLISHED", "SUSPENDED").contains(item.status())) {
			throw Problems.notPublished();
		}
		VersionRecord version = this.store.findVersion(item.id(), item.currentVersion())
			.orElseThrow(Problems::notPublished);
		return Revisions.ofPublished(item, version);
	}

	/** Staff reach only their own department's items; others' look absent. */
	private ItemRecord findOwn(String itemCode, Actor actor) {
		return this.store.findItem(itemCode)
			.filter((item) -> actor.belongsTo(item.departmentCode()))
			.orElseThrow(Problems::notFound);
	}

	private ItemRecord lockOwn(String itemCode, Actor actor) {
		ItemRecord item = this.store.lockItem(itemCode).orElseThrow(Problems::notFound);
		if (!actor.belongsTo(item.departmentCode())) {
			throw Problems.of(new WorkflowException(WorkflowException.WorkflowError.OTHER_DEPARTMENT,
					"staff act only on items of their own department"));
		}
		return item;
	}

	private ManagedItemView view(ItemRecord item, ItemRevision draft) {
		return new ManagedItemView(item.itemCode(), item.departmentCode(), item.status(), item.currentVersion(),
				(draft != null) ? DraftView.of(draft) : null);
	}

	/** Canonical item code, and the region of the department when none is given. */
	private static ServiceItem withRegion(ServiceItem content) {
		ServiceItem normalised = ItemCode.parse(content.code())
			.map((code) -> content.toBuilder().code(code.toString()).build())
			.orElse(content);
		if (normalised.regionCode() == null && normalised.departmentCode() != null) {
			return normalised.toBuilder().department(normalised.departmentCode()).build();
		}
		return normalised;
	}

	private static void requireIdentity(ServiceItem content) {
		if (!ItemCode.isValid(content.code())) {
			throw Problems.of(new ValidationException("ITEM_INVALID",
					List.of(new FieldError("code", "ITEM_CODE_INVALID", "事项编码格式不正确，如 QR00103001"))));
		}
		if (content.departmentCode() == null || content.name() == null || content.name().isBlank()
				|| content.name().length() > 200) {
			throw Problems.of(new ValidationException("ITEM_INVALID",
					List.of(new FieldError("name", "ITEM_IDENTITY_REQUIRED", "请填写事项名称（不超过200字）和实施部门"))));
		}
	}

	private static <T> T guarded(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (WorkflowException ex) {
			throw Problems.of(ex);
		}
		catch (ValidationException ex) {
			throw Problems.of(ex);
		}
	}

}
