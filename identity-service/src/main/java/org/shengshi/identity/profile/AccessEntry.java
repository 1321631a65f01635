package org.shengshi.identity.profile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * One access to the resident's personal data as the resident sees it.
 *
 * @param accessor subject of the reader (a person or a service account)
 * @param client client the reader used, if any
 * @param roles reader's roles
 * @param department reader's department, if staff
 * @param action what was read ({@code PROFILE_UNMASK}, {@code IDENTITY_READ})
 * @param purpose the stated purpose
 * @param at when
 */
record AccessEntry(String accessor, String client, List<String> roles, String department, String action, String purpose,
		Instant at) {

	static AccessEntry of(AccessRecord row) {
		List<String> roles = row.accessorRoles().isEmpty() ? List.of() : Arrays.asList(row.accessorRoles().split(","));
		return new AccessEntry(row.accessorSubject(), row.accessorClient(), roles, row.accessorDepartment(),
				row.action(), row.purpose(), row.accessedAt().toInstant(ZoneOffset.UTC));
	}

}
