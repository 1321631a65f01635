package org.shengshi.identity.department;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DepartmentMapper {

	List<Department> findAll();

	Department findByCode(@Param("code") String code);

	boolean usccTaken(@Param("uscc") String uscc);

	int insert(@Param("d") Department department);

	int rename(@Param("code") String code, @Param("name") String name);

}
