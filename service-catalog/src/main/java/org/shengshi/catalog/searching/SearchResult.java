package org.shengshi.catalog.searching;

import org.shengshi.catalog.search.SearchHit;

/**
 * One search result, in the order the index ranked it; {@code itemCode} is the public
 * item code ({@code GET /api/v1/catalog/items/{itemCode}}), {@code basicCode} the GB/T
 * 39554.1 basic code.
 */
record SearchResult(String itemCode, String basicCode, int version, String name, String departmentCode,
		String regionCode, boolean online, int visits, float score) {

	static SearchResult of(SearchHit hit) {
		return new SearchResult(hit.id(), hit.code(), hit.version(), hit.name(), hit.departmentCode(), hit.regionCode(),
				hit.online(), hit.visits(), hit.score());
	}

}
