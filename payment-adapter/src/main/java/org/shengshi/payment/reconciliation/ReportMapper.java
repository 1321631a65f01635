package org.shengshi.payment.reconciliation;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code reconciliation_report}. SQL in {@code ReportMapper.xml}. */
@Mapper
interface ReportMapper {

	void insert(ReportRow row);

	/** The latest reports, newest statement day first. */
	List<ReportRow> listLatest(@Param("limit") int limit);

}
