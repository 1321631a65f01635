package org.shengshi.cases.rating;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RatingMapper {

	void insertEvaluation(EvaluationRow row);

	boolean evaluationExists(@Param("caseId") String caseId);

	void insertTicket(TicketRow row);

	List<TicketRow> listTickets(@Param("departmentCode") String departmentCode, @Param("status") String status);

	int answerTicket(@Param("id") String id, @Param("departmentCode") String departmentCode,
			@Param("answer") String answer, @Param("answeredBy") String answeredBy,
			@Param("answeredAt") Instant answeredAt);

	TicketRow findTicket(@Param("id") String id, @Param("departmentCode") String departmentCode);

	RatingStats departmentStats(@Param("departmentCode") String departmentCode);

	List<RatingStats> itemStats(@Param("departmentCode") String departmentCode);

}
