package org.shengshi.payment.reconciliation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation reports and runs, for platform operators. */
@RestController
@PreAuthorize("hasRole('platform_admin')")
class ReportController {

	private static final int LIMIT = 60;

	private final ReconciliationService reconciliation;

	ReportController(ReconciliationService reconciliation) {
		this.reconciliation = reconciliation;
	}

	/** The latest reconciliation reports. */
	@GetMapping("/api/v1/payments/reconciliation/reports")
	List<ReportView> latest() {
		return this.reconciliation.latest(LIMIT);
	}

	/** The report of one channel and day; 404 {@code REPORT_NOT_FOUND}. */
	@GetMapping("/api/v1/payments/reconciliation/reports/{channel}/{date}")
	ReportView report(@PathVariable ChannelId channel, @PathVariable LocalDate date) {
		return this.reconciliation.report(channel, date)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND", "对账报告不存在",
					"Reconciliation report not found"));
	}

	/**
	 * Runs (or reruns) the reconciliation of a channel for a past day and returns its
	 * report.
	 */
	@PostMapping("/api/v1/payments/reconciliation/runs")
	ReportView run(@Valid @RequestBody Run request) {
		LocalDate today = LocalDate.now(ReconciliationService.SHANGHAI);
		if (!request.date().isBefore(today)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_STATEMENT_DATE", "对账日期无效",
					"Statements exist only for past days");
		}
		return this.reconciliation.run(request.channel(), request.date());
	}

	/** A reconciliation run request: channel and statement day (Asia/Shanghai). */
	record Run(@NotNull ChannelId channel, @NotNull LocalDate date) {

	}

}
