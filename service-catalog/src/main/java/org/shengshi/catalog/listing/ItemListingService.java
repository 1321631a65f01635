package org.shengshi.catalog.listing;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists service items: published ones for everybody, all of a department's own items for
 * its staff.
 */
@Service
@Transactional(readOnly = true)
public class ItemListingService {

	static final int MAX_PAGE_SIZE = 100;

	private final ItemListingMapper mapper;

	ItemListingService(ItemListingMapper mapper) {
		this.mapper = mapper;
	}

	public ItemPage published(int page, int size) {
		int offset = offset(page, size);
		return new ItemPage(this.mapper.findPublished(offset, size).stream().map(ItemSummary::of).toList(), page, size,
				this.mapper.countPublished());
	}

	public ItemPage ofDepartment(String departmentCode, int page, int size) {
		int offset = offset(page, size);
		return new ItemPage(
				this.mapper.findByDepartment(departmentCode, offset, size).stream().map(ItemSummary::of).toList(), page,
				size, this.mapper.countByDepartment(departmentCode));
	}

	private static int offset(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_PAGE", "分页参数无效",
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		return Math.multiplyExact(page, size);
	}

}
