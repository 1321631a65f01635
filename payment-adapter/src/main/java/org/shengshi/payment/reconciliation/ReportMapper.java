package org.shengshi.payment.reconciliation;

import java.time.LocalDate;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.shengshi.payment.channel.ChannelId;

/** {@code reconciliation_report}. SQL in {@code ReportMapper.xml}. */
@Mapper
interface ReportMapper {

	void insert(ReportRow row);

	/**
	 * Inserts the report of a channel and day, or replaces the one stored (same id kept).
	 */
	void upsert(ReportRow row);

	ReportRow findByDay(@Param("channel") ChannelId channel, @Param("statementDate") LocalDate statementDate);

	/** The latest reports, newest statement day first. */
	List<ReportRow> listLatest(@Param("limit") int limit);

}
