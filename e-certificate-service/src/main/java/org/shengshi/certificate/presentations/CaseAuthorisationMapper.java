package org.shengshi.certificate.presentations;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseAuthorisationMapper {

	void insert(CaseAuthorisation authorisation);

	List<CaseAuthorisation> findActive(@Param("certificateId") String certificateId, @Param("caseId") String caseId,
			@Param("departmentCode") String departmentCode, @Param("now") Instant now);

	List<CaseAuthorisation> findByCertificate(@Param("certificateId") String certificateId);

	int revoke(@Param("id") String id, @Param("certificateId") String certificateId, @Param("at") Instant at);

}
