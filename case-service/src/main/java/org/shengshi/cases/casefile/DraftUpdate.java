package org.shengshi.cases.casefile;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New form values for a draft.
 *
 * @param version the draft version the caller saw
 * @param formValues field name → value
 */
record DraftUpdate(@NotNull @Min(0) Integer version, @NotNull @Size(max = 200) Map<String, String> formValues) {
}
