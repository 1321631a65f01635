package org.shengshi.identity.face;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the officer records: the resident's subject, the service window, a note.
 */
record CounterRequest(@NotBlank @Size(max = 64) String subject, @NotBlank @Size(max = 100) String windowLocation,
		@Size(max = 500) String note) {

}
