package org.shengshi.catalog.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.item.ServiceItemValidator;
import org.shengshi.catalog.publishing.WorkflowException.WorkflowError;
import org.shengshi.catalog.validation.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublishingWorkflowTest {

	private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

	private static final Actor PUBLISHER = Actor.staff("li.publisher", "440100-GA", CatalogRole.DEPT_PUBLISHER);

	private static final Actor REVIEWER = Actor.staff("wang.reviewer", "440100-GA", CatalogRole.CATALOG_REVIEWER);

	private static final Actor BOTH_ROLES = Actor.staff("zhao.both", "440100-GA", CatalogRole.DEPT_PUBLISHER,
			CatalogRole.CATALOG_REVIEWER);

	private static final Actor OTHER_DEPARTMENT_REVIEWER = Actor.staff("chen.reviewer", "440100-MZ",
			CatalogRole.CATALOG_REVIEWER);

	private final PublishingWorkflow workflow = new PublishingWorkflow(
			new ServiceItemValidator(CatalogFixtures.CERTIFICATE_TYPES), Clock.fixed(NOW, ZoneOffset.UTC));

	private ItemRevision submittedDraft() {
		ItemRevision draft = this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), PUBLISHER);
		return this.workflow.apply(draft, PublishingAction.SUBMIT, PUBLISHER, null, 0).revision();
	}

	private ItemRevision published() {
		return this.workflow.apply(submittedDraft(), PublishingAction.APPROVE, REVIEWER, "同意", 0).revision();
	}

	@Test
	void onlyAPublisherOfTheImplementingDepartmentDrafts() {
		assertThat(this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), PUBLISHER).status())
			.isEqualTo(PublicationStatus.DRAFT);
		assertWorkflowError(() -> this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(),
				Actor.staff("x", "440100-MZ", CatalogRole.DEPT_PUBLISHER)), WorkflowError.OTHER_DEPARTMENT);
		assertWorkflowError(() -> this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), REVIEWER),
				WorkflowError.ROLE_REQUIRED);
	}

	@Test
	void approvalPublishesTheNextVersionAndEmitsAnEvent() {
		PublishingWorkflow.Outcome outcome = this.workflow.apply(submittedDraft(), PublishingAction.APPROVE, REVIEWER,
				null, 3);
		assertThat(outcome.revision().status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(outcome.revision().version()).isEqualTo(4);
		assertThat(outcome.revision().publishedAt()).isEqualTo(NOW);
		assertThat(outcome.event()).contains(new PublishingEvent("catalog.item.published", "item-1", "QR00103001",
				"440100-GA", 4, "wang.reviewer", NOW));
	}

	@Test
	void theSubmitterCannotApproveEvenWithTheReviewerRole() {
		ItemRevision draft = this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), BOTH_ROLES);
		ItemRevision inReview = this.workflow.apply(draft, PublishingAction.SUBMIT, BOTH_ROLES, null, 0).revision();
		assertWorkflowError(() -> this.workflow.apply(inReview, PublishingAction.APPROVE, BOTH_ROLES, null, 0),
				WorkflowError.SEPARATION_OF_DUTIES);
		assertWorkflowError(() -> this.workflow.apply(inReview, PublishingAction.RETURN, BOTH_ROLES, "改", 0),
				WorkflowError.SEPARATION_OF_DUTIES);
	}

	@Test
	void anEditorOfTheDraftCannotApproveIt() {
		ItemRevision draft = this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), PUBLISHER);
		ServiceItem changed = draft.content().toBuilder().aliases(List.of("办居住证", "居住证办理")).build();
		ItemRevision edited = this.workflow.edit(draft, changed, BOTH_ROLES);
		ItemRevision inReview = this.workflow.apply(edited, PublishingAction.SUBMIT, PUBLISHER, null, 0).revision();
		assertThat(inReview.authors()).containsExactlyInAnyOrder("li.publisher", "zhao.both");
		assertWorkflowError(() -> this.workflow.apply(inReview, PublishingAction.APPROVE, BOTH_ROLES, null, 0),
				WorkflowError.SEPARATION_OF_DUTIES);
	}

	@Test
	void staffOfAnotherDepartmentCannotReview() {
		assertWorkflowError(() -> this.workflow.apply(submittedDraft(), PublishingAction.APPROVE,
				OTHER_DEPARTMENT_REVIEWER, null, 0), WorkflowError.OTHER_DEPARTMENT);
	}

	@Test
	void returningNeedsCommentsWhichTheDraftKeeps() {
		assertWorkflowError(() -> this.workflow.apply(submittedDraft(), PublishingAction.RETURN, REVIEWER, "  ", 0),
				WorkflowError.COMMENT_REQUIRED);
		ItemRevision returned = this.workflow.apply(submittedDraft(), PublishingAction.RETURN, REVIEWER, " 请补充收费依据 ", 0)
			.revision();
		assertThat(returned.status()).isEqualTo(PublicationStatus.DRAFT);
		assertThat(returned.lastComment()).isEqualTo("请补充收费依据");
		assertThat(returned.history()).extracting(TransitionRecord::action)
			.containsExactly(PublishingAction.SUBMIT, PublishingAction.RETURN);
		assertThat(returned.version()).isNull();
	}

	@Test
	void refusesOverlongComments() {
		assertWorkflowError(
				() -> this.workflow.apply(submittedDraft(), PublishingAction.RETURN, REVIEWER, "长".repeat(501), 0),
				WorkflowError.COMMENT_REQUIRED);
	}

	@Test
	void anInvalidDraftCannotBeSubmitted() {
		ServiceItem broken = CatalogFixtures.residencePermit().toBuilder().legalBasis(List.of()).build();
		ItemRevision draft = this.workflow.startDraft("item-1", broken, PUBLISHER);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> this.workflow.apply(draft, PublishingAction.SUBMIT, PUBLISHER, null, 0))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("ITEM_INVALID");
				assertThat(ex.errors()).extracting((e) -> e.code()).contains("LEGAL_BASIS_REQUIRED");
			});
	}

	@Test
	void publishedContentIsImmutable() {
		ItemRevision published = published();
		ServiceItem changed = published.content().toBuilder().name("居住证申领（新）").build();
		assertWorkflowError(() -> this.workflow.edit(published, changed, PUBLISHER), WorkflowError.ITEM_NOT_EDITABLE);
		assertWorkflowError(() -> this.workflow.edit(submittedDraft(), changed, PUBLISHER),
				WorkflowError.ITEM_NOT_EDITABLE);
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemRevision("x", 1, PublicationStatus.PUBLISHED,
				published.content(), null, published.authors(), List.of(), NOW));
	}

	@Test
	void aDraftCannotChangeTheItemCodeOrDepartment() {
		ItemRevision draft = this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), PUBLISHER);
		ServiceItem recoded = draft.content().toBuilder().code("QR00103009").build();
		assertWorkflowError(() -> this.workflow.edit(draft, recoded, PUBLISHER), WorkflowError.ITEM_IDENTITY_CHANGED);
	}

	@Test
	void aNewVersionSupersedesTheOldOneWhichStaysReadable() {
		ItemRevision v1 = published();
		ItemRevision draft2 = this.workflow.revise(v1, PUBLISHER);
		assertThat(draft2.revision()).isEqualTo(2);
		assertThat(draft2.version()).isNull();
		ServiceItem newContent = draft2.content().toBuilder().conditions(List.of("在本市居住满半年")).build();
		ItemRevision submitted = this.workflow
			.apply(this.workflow.edit(draft2, newContent, PUBLISHER), PublishingAction.SUBMIT, PUBLISHER, null, 1)
			.revision();
		ItemRevision v2 = this.workflow.apply(submitted, PublishingAction.APPROVE, REVIEWER, null, v1.version())
			.revision();
		PublishingWorkflow.Outcome superseded = this.workflow.apply(v1, PublishingAction.SUPERSEDE, Actor.system(),
				null, v2.version());
		assertThat(v2.version()).isEqualTo(2);
		assertThat(superseded.revision().status()).isEqualTo(PublicationStatus.SUPERSEDED);
		assertThat(superseded.revision().version()).isEqualTo(1);
		assertThat(superseded.revision().content()).isEqualTo(v1.content());
		assertThat(superseded.event()).isEmpty();
	}

	@Test
	void onlyThePublishedVersionCanBeRevised() {
		assertWorkflowError(() -> this.workflow.revise(submittedDraft(), PUBLISHER), WorkflowError.ACTION_NOT_ALLOWED);
	}

	@Test
	void suspendResumeAndRetireEmitEventsForTheCurrentVersion() {
		ItemRevision published = published();
		assertWorkflowError(() -> this.workflow.apply(published, PublishingAction.SUSPEND, PUBLISHER, null, 1),
				WorkflowError.COMMENT_REQUIRED);
		PublishingWorkflow.Outcome suspended = this.workflow.apply(published, PublishingAction.SUSPEND, PUBLISHER,
				"系统升级暂停受理", 1);
		PublishingWorkflow.Outcome resumed = this.workflow.apply(suspended.revision(), PublishingAction.RESUME,
				PUBLISHER, null, 1);
		PublishingWorkflow.Outcome retired = this.workflow.apply(resumed.revision(), PublishingAction.RETIRE, REVIEWER,
				"事项已取消", 1);
		assertThat(List.of(suspended, resumed, retired)).extracting((o) -> o.event().orElseThrow().type())
			.containsExactly("catalog.item.suspended", "catalog.item.resumed", "catalog.item.retired");
		assertThat(retired.revision().status()).isEqualTo(PublicationStatus.RETIRED);
		assertThat(retired.revision().version()).isEqualTo(1);
	}

	@Test
	void theSystemCannotActForStaffNorStaffForTheSystem() {
		ItemRevision draft = this.workflow.startDraft("item-1", CatalogFixtures.residencePermit(), PUBLISHER);
		assertWorkflowError(() -> this.workflow.apply(draft, PublishingAction.SUBMIT, Actor.system(), null, 0),
				WorkflowError.ROLE_REQUIRED);
		assertWorkflowError(() -> this.workflow.apply(published(), PublishingAction.SUPERSEDE, BOTH_ROLES, null, 2),
				WorkflowError.ROLE_REQUIRED);
	}

	private static void assertWorkflowError(Runnable action, WorkflowError expected) {
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(expected));
	}

}
