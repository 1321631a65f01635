package org.shengshi.cases.rating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The department's answer to a rectification ticket.
 *
 * @param answer what was done
 */
record TicketAnswer(@NotBlank @Size(max = 1000) String answer) {
}
