package org.shengshi.identity.realname;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ResidentIdentityMapper {

	int insert(@Param("r") ResidentIdentityRow row);

	ResidentIdentityRow findBySubject(@Param("subject") String subject);

	ResidentIdentityRow findById(@Param("id") String id);

	ResidentIdentityRow findByIdNumberIndex(@Param("index") String idNumberIndex);

	boolean idNumberBound(@Param("index") String idNumberIndex);

}
