package org.shengshi.catalog.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.item.ServiceItemValidator;
import org.shengshi.catalog.publishing.WorkflowException.WorkflowError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every status × action pair against an expected table written out here independently of
 * {@link TransitionTable}.
 */
class TransitionTableTest {

	private static final String DEPARTMENT = "440100-GA";

	/** status → action → "TARGET ROLE"; absent pairs must be refused. */
	private static final Map<PublicationStatus, Map<PublishingAction, String>> EXPECTED = Map
		.of(PublicationStatus.DRAFT, Map.of(PublishingAction.SUBMIT, "IN_REVIEW DEPT_PUBLISHER"),
				PublicationStatus.IN_REVIEW,
				Map.of(PublishingAction.WITHDRAW, "DRAFT DEPT_PUBLISHER", PublishingAction.RETURN,
						"DRAFT CATALOG_REVIEWER", PublishingAction.APPROVE, "PUBLISHED CATALOG_REVIEWER"),
				PublicationStatus.PUBLISHED,
				Map.of(PublishingAction.SUSPEND, "SUSPENDED DEPT_PUBLISHER", PublishingAction.RETIRE,
						"RETIRED CATALOG_REVIEWER", PublishingAction.SUPERSEDE, "SUPERSEDED SYSTEM"),
				PublicationStatus.SUSPENDED,
				Map.of(PublishingAction.RESUME, "PUBLISHED DEPT_PUBLISHER", PublishingAction.RETIRE,
						"RETIRED CATALOG_REVIEWER", PublishingAction.SUPERSEDE, "SUPERSEDED SYSTEM"),
				PublicationStatus.SUPERSEDED, Map.of(), PublicationStatus.RETIRED, Map.of());

	private final PublishingWorkflow workflow = new PublishingWorkflow(
			new ServiceItemValidator(CatalogFixtures.CERTIFICATE_TYPES),
			Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.UTC));

	static Stream<Arguments> everyStatusAndAction() {
		return Arrays.stream(PublicationStatus.values())
			.flatMap((status) -> Arrays.stream(PublishingAction.values()).map((action) -> arguments(status, action)));
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyStatusAndAction")
	void appliesExactlyTheExpectedTransitions(PublicationStatus status, PublishingAction action) {
		ItemRevision revision = revisionIn(status);
		String expected = EXPECTED.get(status).get(action);
		if (expected == null) {
			Actor everyone = Actor.staff("someone", DEPARTMENT, CatalogRole.values());
			assertThatExceptionOfType(WorkflowException.class)
				.isThrownBy(() -> this.workflow.apply(revision, action, everyone, "理由", 1))
				.satisfies((ex) -> assertThat(ex.error()).isEqualTo(WorkflowError.ACTION_NOT_ALLOWED));
			assertThat(TransitionTable.find(status, action)).isEmpty();
			return;
		}
		String[] parts = expected.split(" ");
		CatalogRole role = CatalogRole.valueOf(parts[1]);
		Actor actor = (role == CatalogRole.SYSTEM) ? Actor.system() : Actor.staff("actor-" + role, DEPARTMENT, role);
		PublishingWorkflow.Outcome outcome = this.workflow.apply(revision, action, actor, "理由", 1);
		assertThat(outcome.revision().status()).isEqualTo(PublicationStatus.valueOf(parts[0]));
		assertThat(TransitionTable.find(status, action)).get()
			.satisfies((transition) -> assertThat(transition.role()).isEqualTo(role));
	}

	@ParameterizedTest(name = "{0} × {1} by the wrong role")
	@MethodSource("everyStatusAndAction")
	void refusesEveryAllowedActionToTheOtherRoles(PublicationStatus status, PublishingAction action) {
		String expected = EXPECTED.get(status).get(action);
		if (expected == null) {
			return;
		}
		CatalogRole allowed = CatalogRole.valueOf(expected.split(" ")[1]);
		for (CatalogRole other : CatalogRole.values()) {
			if (other == allowed) {
				continue;
			}
			Actor actor = Actor.staff("actor-" + other, DEPARTMENT, other);
			assertThatExceptionOfType(WorkflowException.class)
				.isThrownBy(() -> this.workflow.apply(revisionIn(status), action, actor, "理由", 1))
				.satisfies((ex) -> assertThat(ex.error()).isEqualTo(WorkflowError.ROLE_REQUIRED));
		}
	}

	@Test
	void listsTheActionsOfEachStatus() {
		for (PublicationStatus status : PublicationStatus.values()) {
			assertThat(TransitionTable.actionsFrom(status)).isEqualTo(EXPECTED.get(status).keySet());
		}
		assertThat(TransitionTable.all()).hasSize(10);
	}

	@Test
	void finalStatusesAllowNothing() {
		assertThat(Arrays.stream(PublicationStatus.values()).filter(PublicationStatus::isFinal))
			.containsExactlyInAnyOrder(PublicationStatus.SUPERSEDED, PublicationStatus.RETIRED)
			.allSatisfy((status) -> assertThat(TransitionTable.actionsFrom(status)).isEmpty());
	}

	static ItemRevision revisionIn(PublicationStatus status) {
		boolean versioned = status.isVersioned();
		return new ItemRevision("item-1", 1, status, CatalogFixtures.residencePermit(), versioned ? 1 : null,
				Set.of("author"), List.of(), versioned ? Instant.parse("2025-01-01T00:00:00Z") : null);
	}

}
