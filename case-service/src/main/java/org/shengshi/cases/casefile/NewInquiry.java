package org.shengshi.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shengshi.cases.lifecycle.CaseKind;

/**
 * A consultation or complaint (咨询投诉) a resident addresses to a department.
 *
 * @param kind {@code CONSULTATION} or {@code COMPLAINT}
 * @param departmentCode the department, e.g. {@code 440100-GA} (its first six digits are
 * the region of the case number)
 * @param topic a short subject line
 * @param question the question or the complaint (stored encrypted)
 * @param relatedCaseId for a complaint only: one of the resident's own cases it is about
 */
record NewInquiry(@NotNull CaseKind kind, @NotBlank @Pattern(regexp = "\\d{6}-[A-Za-z0-9]{1,25}") String departmentCode,
		@NotBlank @Size(max = 100) String topic, @NotBlank @Size(max = 2000) String question,
		@Size(min = 36, max = 36) String relatedCaseId) {
}
