package org.shengshi.cases.casefile;

import java.util.Map;

import org.shengshi.cases.lifecycle.CaseKind;
import org.shengshi.cases.sla.SlaClock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The promised limits, in working days, of consultations and complaints (咨询投诉): defaults
 * ({@code shengshi.inquiries.consultation-limit-days}, 5; {@code complaint-limit-days},
 * 15) and per department
 * ({@code shengshi.inquiries.departments.[440100-GA].complaint-limit-days}). Checked at
 * start: 1 to 365.
 *
 * @param consultationLimitDays default limit of a consultation
 * @param complaintLimitDays default limit of a complaint
 * @param departments a department's own limits, by department code
 */
@ConfigurationProperties("shengshi.inquiries")
record InquiryLimits(@DefaultValue("5") int consultationLimitDays, @DefaultValue("15") int complaintLimitDays,
		Map<String, Department> departments) {

	InquiryLimits {
		departments = (departments != null) ? Map.copyOf(departments) : Map.of();
		check("consultation-limit-days", consultationLimitDays);
		check("complaint-limit-days", complaintLimitDays);
		departments.forEach((code, own) -> {
			if (own.consultationLimitDays() != null) {
				check(code + ".consultation-limit-days", own.consultationLimitDays());
			}
			if (own.complaintLimitDays() != null) {
				check(code + ".complaint-limit-days", own.complaintLimitDays());
			}
		});
	}

	/** The department's promised limit for the kind, else the default. */
	int limitFor(CaseKind kind, String department) {
		Department own = this.departments.get(department);
		boolean complaint = kind == CaseKind.COMPLAINT;
		Integer limit = (own == null) ? null : (complaint ? own.complaintLimitDays() : own.consultationLimitDays());
		if (limit != null) {
			return limit;
		}
		return complaint ? this.complaintLimitDays : this.consultationLimitDays;
	}

	private static void check(String name, int days) {
		if (days < 1 || days > SlaClock.MAX_LIMIT) {
			throw new IllegalArgumentException(
					"shengshi.inquiries." + name + " must be 1.." + SlaClock.MAX_LIMIT + " working days, was " + days);
		}
	}

	/**
	 * A department's own limits; an absent one falls back to the default.
	 *
	 * @param consultationLimitDays limit of a consultation, or {@code null}
	 * @param complaintLimitDays limit of a complaint, or {@code null}
	 */
	record Department(Integer consultationLimitDays, Integer complaintLimitDays) {
	}

}
