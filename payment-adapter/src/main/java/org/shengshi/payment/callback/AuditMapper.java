package org.shengshi.payment.callback;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code security_audit}. SQL in {@code AuditMapper.xml}. */
@Mapper
interface AuditMapper {

	void insert(AuditEntry entry);

	/** The entries about one of our order numbers, oldest first. */
	List<AuditEntry> findByOutTradeNo(@Param("outTradeNo") String outTradeNo);

}
