package org.shengshi.identity.profile;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccessLogMapper {

	int insert(@Param("a") AccessRecord record);

	List<AccessRecord> findByResident(@Param("subject") String residentSubject, @Param("limit") int limit);

}
