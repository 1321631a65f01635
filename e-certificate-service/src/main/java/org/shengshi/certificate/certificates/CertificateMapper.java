package org.shengshi.certificate.certificates;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CertificateMapper {

	void insert(CertificateRow row);

	CertificateRow findById(@Param("id") String id);

	CertificateRow findBySourceEvent(@Param("sourceEventId") String sourceEventId);

	List<CertificateRow> findByHolder(@Param("holderSubject") String holderSubject);

	/**
	 * The holder's certificates of one type in one status, locked for a status change.
	 */
	List<CertificateRow> lockByHolderTypeAndStatus(@Param("holderSubject") String holderSubject,
			@Param("typeCode") String typeCode, @Param("status") String status);

	List<CertificateRow> findByIssuerDepartment(@Param("department") String department, @Param("limit") int limit);

	int updateStatus(@Param("id") String id, @Param("from") String from, @Param("to") String to);

	void insertStatusChange(@Param("id") String id, @Param("certificateId") String certificateId,
			@Param("from") String from, @Param("to") String to, @Param("event") String event,
			@Param("actor") String actor, @Param("reason") String reason, @Param("at") Instant at);

	List<StatusHistoryEntry> findStatusHistory(@Param("certificateId") String certificateId);

}
