package org.shengshi.identity.staff;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StaffMapper {

	List<StaffRow> findByDepartment(@Param("department") String department);

	StaffRow findById(@Param("id") String id);

	int insertMember(@Param("id") String id, @Param("username") String username, @Param("subject") String subject,
			@Param("department") String department);

	int insertRole(@Param("staffId") String staffId, @Param("role") String role);

	int deleteRole(@Param("staffId") String staffId, @Param("role") String role);

	boolean usernameTaken(@Param("username") String username);

}
