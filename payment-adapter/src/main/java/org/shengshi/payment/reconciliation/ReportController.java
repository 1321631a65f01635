package org.shengshi.payment.reconciliation;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {

	private static final int LIMIT = 60;

	private final ReportMapper reports;

	private final JsonMapper json;

	ReportController(ReportMapper reports, JsonMapper json) {
		this.reports = reports;
		this.json = json;
	}

	/** The latest reconciliation reports (operators only). */
	@GetMapping("/api/v1/payments/reconciliation/reports")
	@PreAuthorize("hasRole('platform_admin')")
	List<ReportView> latest() {
		return this.reports.listLatest(LIMIT)
			.stream()
			.map((row) -> new ReportView(row.id(), row.channel(), row.statementDate(), row.status(),
					row.discrepancyCount(), row.repairedCount(), this.json.readTree(row.discrepancies()),
					row.createdAt()))
			.toList();
	}

}
