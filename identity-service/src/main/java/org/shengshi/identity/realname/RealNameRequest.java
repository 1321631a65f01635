package org.shengshi.identity.realname;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Name and ID number to verify. The ID number is checked by {@link ResidentIdNumber}, so
 * its own codes reach the caller instead of a generic validation failure.
 */
record RealNameRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 32) String idNumber) {

	@Override
	public String toString() {
		return "RealNameRequest[***]";
	}

}
