package org.shengshi.cases.casefile;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A case to file: the item version and the form values.
 *
 * @param itemCode the item code
 * @param itemVersion the published version
 * @param formValues field name → value
 * @param applicantSubject for a walk-in filed by an officer: the resident's account
 * subject, if the resident has one
 * @param onBehalfOf for a resident filing as a delegate (代办): the delegator's subject,
 * who becomes the applicant
 */
record NewCase(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String itemCode,
		@NotNull @Min(1) @Max(100000) Integer itemVersion, @NotNull @Size(max = 200) Map<String, String> formValues,
		@Pattern(regexp = "[A-Za-z0-9._:@-]{1,64}") String applicantSubject,
		@Pattern(regexp = "[A-Za-z0-9._:@-]{1,64}") String onBehalfOf) {
}
