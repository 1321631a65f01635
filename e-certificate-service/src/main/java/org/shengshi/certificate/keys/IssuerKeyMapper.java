package org.shengshi.certificate.keys;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IssuerKeyMapper {

	void insert(IssuerKeyRow row);

	List<IssuerKeyRow> findByDepartment(@Param("departmentCode") String departmentCode);

	/** Latest committed rows (a locking read), for use after a lost race. */
	List<IssuerKeyRow> findByDepartmentForUpdate(@Param("departmentCode") String departmentCode);

	IssuerKeyRow findByKid(@Param("kid") String kid);

	List<IssuerKeyRow> findAll();

	int retire(@Param("kid") String kid, @Param("retiredAt") Instant retiredAt);

}
