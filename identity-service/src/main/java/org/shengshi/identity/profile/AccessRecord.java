package org.shengshi.identity.profile;

import java.time.LocalDateTime;

/**
 * One read of a resident's personal data (accessedAt UTC).
 */
record AccessRecord(String id, String residentSubject, String accessorSubject, String accessorClient,
		String accessorRoles, String accessorDepartment, String action, String purpose, LocalDateTime accessedAt) {

}
