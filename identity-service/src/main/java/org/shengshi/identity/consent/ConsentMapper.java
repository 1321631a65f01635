package org.shengshi.identity.consent;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ConsentMapper {

	int insert(@Param("c") ConsentRecord record);

	List<ConsentRecord> findBySubject(@Param("subject") String subject);

	String latestAction(@Param("subject") String subject, @Param("version") String policyVersion);

}
