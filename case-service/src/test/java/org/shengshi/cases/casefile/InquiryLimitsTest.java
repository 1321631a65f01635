package org.shengshi.cases.casefile;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.lifecycle.CaseKind;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InquiryLimitsTest {

	@Test
	void defaultsAreFiveWorkingDaysForAConsultationAndFifteenForAComplaint() {
		InquiryLimits limits = bind(Map.of());

		assertThat(limits.limitFor(CaseKind.CONSULTATION, "440100-GA")).isEqualTo(5);
		assertThat(limits.limitFor(CaseKind.COMPLAINT, "440100-GA")).isEqualTo(15);
	}

	@Test
	void aDepartmentPromisesItsOwnLimitsAndFallsBackForTheOther() {
		InquiryLimits limits = bind(Map.of("shengshi.inquiries.consultation-limit-days", "4",
				"shengshi.inquiries.departments.[440100-GA].complaint-limit-days", "10"));

		assertThat(limits.limitFor(CaseKind.COMPLAINT, "440100-GA")).isEqualTo(10);
		assertThat(limits.limitFor(CaseKind.CONSULTATION, "440100-GA")).isEqualTo(4);
		assertThat(limits.limitFor(CaseKind.COMPLAINT, "440100-SB")).isEqualTo(15);
	}

	@Test
	void limitsOutsideOneToThreeHundredSixtyFiveStopTheStart() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("shengshi.inquiries.complaint-limit-days", "0")));
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> bind(Map.of("shengshi.inquiries.departments.[440100-GA].consultation-limit-days", "366")));
	}

	private static InquiryLimits bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("shengshi.inquiries",
				InquiryLimits.class);
	}

}
