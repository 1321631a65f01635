package org.shengshi.catalog.listing;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads and writes the {@code service_item} table for listings.
 */
@Mapper
interface ItemListingMapper {

	void insert(ItemRow row);

	Optional<ItemRow> findByCode(@Param("itemCode") String itemCode);

	List<ItemRow> findByDepartment(@Param("departmentCode") String departmentCode, @Param("offset") int offset,
			@Param("limit") int limit);

	long countByDepartment(@Param("departmentCode") String departmentCode);

	List<ItemRow> findPublished(@Param("offset") int offset, @Param("limit") int limit);

	long countPublished();

}
