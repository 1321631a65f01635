package org.shengshi.cases.casefile;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MaterialMapper {

	void insert(MaterialUpload upload);

	List<MaterialUpload> listByCase(@Param("caseId") String caseId);

}
