package org.shengshi.identity.delegation;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DelegationMapper {

	int insert(@Param("d") DelegationRow row);

	int insertItem(@Param("delegationId") String delegationId, @Param("itemCode") String itemCode);

	List<DelegationRow> findByDelegator(@Param("subject") String subject);

	List<DelegationRow> findByDelegate(@Param("subject") String subject);

	DelegationRow findById(@Param("id") String id);

	int revoke(@Param("id") String id, @Param("delegator") String delegator, @Param("at") LocalDateTime at);

	/**
	 * The id of an active delegation from delegator to delegate covering the item at the
	 * given time, if any.
	 */
	String findCovering(@Param("delegator") String delegator, @Param("delegate") String delegate,
			@Param("item") String item, @Param("at") LocalDateTime at);

	int insertUse(@Param("id") String id, @Param("delegationId") String delegationId, @Param("item") String item,
			@Param("clientId") String clientId, @Param("at") LocalDateTime at);

	List<DelegationUse> findUses(@Param("delegationId") String delegationId);

}
