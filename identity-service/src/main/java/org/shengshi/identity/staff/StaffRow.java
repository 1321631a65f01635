package org.shengshi.identity.staff;

import java.util.Arrays;
import java.util.List;

/**
 * A staff_member row with its roles joined by commas (never leaves the package).
 */
record StaffRow(String id, String username, String subject, String departmentCode, String roles) {

	StaffMember toMember() {
		List<String> roleList = (this.roles == null || this.roles.isEmpty()) ? List.of()
				: Arrays.asList(this.roles.split(","));
		return new StaffMember(this.id, this.username, this.departmentCode, roleList);
	}

}
