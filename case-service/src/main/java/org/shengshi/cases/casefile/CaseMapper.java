package org.shengshi.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.shengshi.platform.pii.EncryptedString;

@Mapper
interface CaseMapper {

	void insert(CaseRow row);

	CaseRow findById(@Param("id") String id);

	/** Ids of the applicant's submitted cases of instant items, oldest first, bounded. */
	List<String> findSubmittedInstantIds(@Param("applicantSub") String applicantSub, @Param("limit") int limit);

	List<CaseRow> listByApplicant(@Param("applicantSub") String applicantSub, @Param("afterId") String afterId,
			@Param("limit") int limit);

	List<CaseRow> listQueue(@Param("departmentCode") String departmentCode, @Param("status") String status,
			@Param("kind") String kind, @Param("assignee") String assignee, @Param("afterDue") LocalDate afterDue,
			@Param("afterId") String afterId, @Param("limit") int limit);

	/**
	 * Open cases with a clock whose due date was counted without a year's holiday notice
	 * (or not recorded), by id after {@code afterId}.
	 */
	List<CaseRow> listRecomputable(@Param("afterId") String afterId, @Param("limit") int limit);

	/**
	 * Stores recomputed dates if the case is still at {@code version}; not a transition.
	 */
	int updateDueDates(@Param("id") String id, @Param("version") int version, @Param("dueDate") LocalDate dueDate,
			@Param("warningFrom") LocalDate warningFrom, @Param("fallbackYears") String fallbackYears);

	int assign(@Param("id") String id, @Param("departmentCode") String departmentCode,
			@Param("expectedVersion") int expectedVersion, @Param("assignee") String assignee,
			@Param("onlyUnclaimed") boolean onlyUnclaimed, @Param("now") Instant now);

	List<CaseRow> listDueSoon(@Param("departmentCode") String departmentCode, @Param("today") LocalDate today,
			@Param("limit") int limit);

	List<CaseRow> listOverdue(@Param("departmentCode") String departmentCode, @Param("today") LocalDate today,
			@Param("limit") int limit);

	int transition(@Param("id") String id, @Param("fromStatus") String fromStatus,
			@Param("expectedVersion") int expectedVersion, @Param("row") CaseRow next);

	int updateDraftForm(@Param("id") String id, @Param("expectedVersion") int expectedVersion,
			@Param("formValues") EncryptedString formValues, @Param("now") Instant now);

	int recordCertificate(@Param("id") String id, @Param("certificateId") String certificateId,
			@Param("identifier") String identifier, @Param("typeCode") String typeCode);

}
