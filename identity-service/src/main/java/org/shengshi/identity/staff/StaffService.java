package org.shengshi.identity.staff;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts per department. Every query is scoped to one department, the caller's.
 */
@Service
public class StaffService {

	private final StaffMapper mapper;

	StaffService(StaffMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	public List<StaffMember> staffOf(String department) {
		return this.mapper.findByDepartment(department).stream().map(StaffRow::toMember).toList();
	}

}
