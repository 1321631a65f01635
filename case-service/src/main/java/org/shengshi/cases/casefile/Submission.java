package org.shengshi.cases.casefile;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Submits a draft.
 *
 * @param version the draft version the caller saw
 */
record Submission(@NotNull @Min(0) Integer version) {
}
