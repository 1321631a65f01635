package org.shengshi.catalog.search;

import java.util.List;

import org.shengshi.catalog.reference.DepartmentCode;
import org.shengshi.catalog.reference.RegionCode;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.ValidationException;
import org.shengshi.catalog.validation.Violations;

/**
 * A search as a resident asks it. An empty text browses by popularity within the filters.
 *
 * @param text keywords, at most {@value #MAX_TEXT} characters
 * @param filters filters, never {@code null}
 * @param page zero-based page
 * @param size page size, 1 to {@value #MAX_SIZE}
 */
public record SearchRequest(String text, SearchFilters filters, int page, int size) {

	/** Longest query accepted. */
	public static final int MAX_TEXT = 50;

	/** Largest page. */
	public static final int MAX_SIZE = 50;

	/** Deepest result reachable by paging. */
	public static final int MAX_WINDOW = 1000;

	public SearchRequest {
		text = (text != null) ? text.strip() : "";
		filters = (filters != null) ? filters : SearchFilters.none();
	}

	public static SearchRequest of(String text) {
		return new SearchRequest(text, SearchFilters.none(), 0, 10);
	}

	public SearchRequest withFilters(SearchFilters newFilters) {
		return new SearchRequest(this.text, newFilters, this.page, this.size);
	}

	public SearchRequest page(int newPage, int newSize) {
		return new SearchRequest(this.text, this.filters, newPage, newSize);
	}

	/** The field errors of this request; empty when it can run. */
	public List<FieldError> problems() {
		Violations violations = new Violations();
		violations.check(this.text.length() <= MAX_TEXT, "q", "SEARCH_QUERY_TOO_LONG", "搜索词不能超过" + MAX_TEXT + "个字");
		violations.check(this.size >= 1 && this.size <= MAX_SIZE, "size", "SEARCH_PAGE_SIZE_INVALID",
				"每页条数须在1到" + MAX_SIZE + "之间");
		violations.check(this.page >= 0 && (long) (this.page + 1) * Math.max(this.size, 1) <= MAX_WINDOW, "page",
				"SEARCH_PAGE_OUT_OF_RANGE", "最多可查看前" + MAX_WINDOW + "条结果");
		String region = this.filters.regionCode();
		violations.check(region == null || RegionCode.isValid(region), "region", "REGION_CODE_INVALID",
				"区划代码须为6位行政区划代码");
		String department = this.filters.departmentCode();
		violations.check(department == null || DepartmentCode.isValid(department), "department",
				"DEPARTMENT_CODE_INVALID", "部门编码格式不正确");
		return violations.toList();
	}

	/**
	 * Throws {@link ValidationException} ({@code SEARCH_REQUEST_INVALID}) when not valid.
	 */
	public void requireValid() {
		List<FieldError> errors = problems();
		if (!errors.isEmpty()) {
			throw new ValidationException("SEARCH_REQUEST_INVALID", errors);
		}
	}

}
