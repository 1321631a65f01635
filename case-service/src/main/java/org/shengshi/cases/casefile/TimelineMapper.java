package org.shengshi.cases.casefile;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TimelineMapper {

	void insert(TimelineEntry entry);

	List<TimelineEntry> listByCase(@Param("caseId") String caseId);

}
