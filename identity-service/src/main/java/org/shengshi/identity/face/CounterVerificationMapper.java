package org.shengshi.identity.face;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CounterVerificationMapper {

	int insert(@Param("c") CounterVerification verification);

	List<CounterVerification> findByResident(@Param("subject") String residentSubject);

}
