package org.shengshi.identity.signup;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ResidentAccountMapper {

	int insert(@Param("r") ResidentAccountRow row);

	boolean phoneTaken(@Param("index") String phoneIndex);

	ResidentAccountRow findBySubject(@Param("subject") String subject);

}
