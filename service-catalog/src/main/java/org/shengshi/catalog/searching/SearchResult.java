package org.shengshi.catalog.searching;

import org.shengshi.catalog.search.SearchHit;

/**
 * One search result, in the order the index ranked it.
 */
record SearchResult(String itemId, String itemCode, String name, String departmentCode, String regionCode,
		boolean online, int visits, float score) {

	static SearchResult of(SearchHit hit) {
		return new SearchResult(hit.id(), hit.code(), hit.name(), hit.departmentCode(), hit.regionCode(), hit.online(),
				hit.visits(), hit.score());
	}

}
