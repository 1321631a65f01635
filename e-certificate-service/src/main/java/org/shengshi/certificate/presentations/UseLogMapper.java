package org.shengshi.certificate.presentations;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UseLogMapper {

	void insert(UseRecord record);

	List<UseRecord> findByCertificate(@Param("certificateId") String certificateId);

}
