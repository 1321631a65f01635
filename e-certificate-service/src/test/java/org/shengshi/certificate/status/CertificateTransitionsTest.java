package org.shengshi.certificate.status;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CertificateTransitionsTest {

	// status, event -> expected status ("-" = not allowed); every pair exactly once
	private static final List<String> TABLE = List.of(
	// @formatter:off
			"VALID SUSPEND SUSPENDED", "VALID RESTORE -", "VALID REVOKE REVOKED",
			"VALID CANCEL CANCELLED", "VALID EXPIRE EXPIRED", "VALID WITHDRAW WITHDRAWN",
			"SUSPENDED SUSPEND -", "SUSPENDED RESTORE VALID", "SUSPENDED REVOKE REVOKED",
			"SUSPENDED CANCEL CANCELLED", "SUSPENDED EXPIRE EXPIRED", "SUSPENDED WITHDRAW WITHDRAWN",
			"REVOKED SUSPEND -", "REVOKED RESTORE -", "REVOKED REVOKE -",
			"REVOKED CANCEL -", "REVOKED EXPIRE -", "REVOKED WITHDRAW -",
			"CANCELLED SUSPEND -", "CANCELLED RESTORE -", "CANCELLED REVOKE -",
			"CANCELLED CANCEL -", "CANCELLED EXPIRE -", "CANCELLED WITHDRAW -",
			"EXPIRED SUSPEND -", "EXPIRED RESTORE -", "EXPIRED REVOKE -",
			"EXPIRED CANCEL -", "EXPIRED EXPIRE -", "EXPIRED WITHDRAW -",
			"WITHDRAWN SUSPEND -", "WITHDRAWN RESTORE -", "WITHDRAWN REVOKE -",
			"WITHDRAWN CANCEL -", "WITHDRAWN EXPIRE -", "WITHDRAWN WITHDRAW -");
	// @formatter:on

	private static final Instant NOW = Instant.parse("2025-05-01T02:00:00Z");

	static Stream<Arguments> table() {
		return TABLE.stream()
			.map((row) -> row.split(" "))
			.map((cells) -> Arguments.of(CertificateStatus.valueOf(cells[0]), CertificateEvent.valueOf(cells[1]),
					"-".equals(cells[2]) ? null : CertificateStatus.valueOf(cells[2])));
	}

	@Test
	void theExpectedTableCoversEveryStatusAndEventPairOnce() {
		Set<String> pairs = new HashSet<>();
		TABLE.forEach((row) -> pairs.add(row.substring(0, row.lastIndexOf(' '))));
		assertThat(pairs).hasSize(TABLE.size())
			.hasSize(CertificateStatus.values().length * CertificateEvent.values().length);
	}

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@MethodSource("table")
	void followsTheTransitionTable(CertificateStatus from, CertificateEvent event, CertificateStatus expected) {
		if (expected == null) {
			assertThat(CertificateTransitions.next(from, event)).isEmpty();
			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> CertificateTransitions.apply(from, event))
				.satisfies((ex) -> {
					assertThat(ex.from()).isEqualTo(from);
					assertThat(ex.event()).isEqualTo(event);
					assertThat(ex.code()).isEqualTo("CERTIFICATE_STATUS_TRANSITION_NOT_ALLOWED");
				});
		}
		else {
			assertThat(CertificateTransitions.next(from, event)).contains(expected);
			assertThat(CertificateTransitions.apply(from, event)).isEqualTo(expected);
			assertThat(CertificateTransitions.from(from)).containsEntry(event, expected);
		}
	}

	@ParameterizedTest
	@EnumSource(value = CertificateStatus.class, names = { "REVOKED", "CANCELLED", "EXPIRED", "WITHDRAWN" })
	void terminalStatusesNeverChange(CertificateStatus status) {
		assertThat(status.isTerminal()).isTrue();
		assertThat(CertificateTransitions.from(status)).isEmpty();
		for (CertificateEvent event : CertificateEvent.values()) {
			assertThat(CertificateTransitions.next(status, event)).isEmpty();
		}
	}

	@Test
	void onlyValidIsUsableAndOnlyValidAndSuspendedCanChange() {
		assertThat(Arrays.stream(CertificateStatus.values()).filter(CertificateStatus::isUsable))
			.containsExactly(CertificateStatus.VALID);
		assertThat(Arrays.stream(CertificateStatus.values()).filter((status) -> !status.isTerminal()))
			.containsExactly(CertificateStatus.VALID, CertificateStatus.SUSPENDED);
	}

	@Test
	void statusCodesAndLabelsAreTheStandardOnes() {
		assertThat(Arrays.stream(CertificateStatus.values()).map((s) -> s.code() + s.label())).containsExactly("01有效",
				"02暂扣", "03撤销", "04注销", "05失效", "07吊销");
		assertThat(CertificateStatus.fromCode("07")).isEqualTo(CertificateStatus.WITHDRAWN);
		assertThatIllegalArgumentException().isThrownBy(() -> CertificateStatus.fromCode("06"));
	}

	@Test
	void issuerActionsNeedAReasonButExpiryDoesNot() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> StatusChange.apply(CertificateStatus.VALID, CertificateEvent.SUSPEND, "officer-1", "  ", NOW));
		assertThatIllegalArgumentException().isThrownBy(
				() -> StatusChange.apply(CertificateStatus.VALID, CertificateEvent.REVOKE, "officer-1", null, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> StatusChange.apply(CertificateStatus.VALID,
				CertificateEvent.WITHDRAW, "officer-1", "x".repeat(StatusChange.MAX_REASON_LENGTH + 1), NOW));
		StatusChange expiry = StatusChange.apply(CertificateStatus.SUSPENDED, CertificateEvent.EXPIRE, "system", null,
				NOW);
		assertThat(expiry.to()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(expiry.reason()).isNull();
		StatusChange suspension = StatusChange.apply(CertificateStatus.VALID, CertificateEvent.SUSPEND, "officer-1",
				" 交通违法记满12分 ", NOW);
		assertThat(suspension.reason()).isEqualTo("交通违法记满12分");
		assertThat(suspension.to()).isEqualTo(CertificateStatus.SUSPENDED);
	}

	@Test
	void aRecordedChangeMustBeAnEdgeOfTheTable() {
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> new StatusChange(CertificateStatus.REVOKED, CertificateEvent.RESTORE,
					CertificateStatus.VALID, "officer-1", "oops", NOW));
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> StatusChange
			.apply(CertificateStatus.EXPIRED, CertificateEvent.SUSPEND, "officer-1", "late", NOW));
	}

}
