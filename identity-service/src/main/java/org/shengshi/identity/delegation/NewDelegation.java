package org.shengshi.identity.delegation;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A delegation to grant. The delegate is named by ID number and name, as people know each
 * other; they must be a verified resident.
 *
 * @param delegateName delegate's name
 * @param delegateIdNumber delegate's ID number
 * @param items service item codes; empty for all services
 * @param validFrom start (default now)
 * @param validUntil end
 */
record NewDelegation(@NotBlank @Size(max = 50) String delegateName, @NotBlank @Size(max = 32) String delegateIdNumber,
		@Size(max = 50) Set<@NotNull @Pattern(regexp = "[0-9A-Za-z._-]{1,64}") String> items, Instant validFrom,
		@NotNull Instant validUntil) {

	@Override
	public String toString() {
		return "NewDelegation[***]";
	}

}
