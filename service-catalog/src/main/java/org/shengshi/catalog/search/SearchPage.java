package org.shengshi.catalog.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param hits results on this page, best first
 * @param totalHits number of matching items, exact (every match is counted)
 * @param page zero-based page number
 * @param size page size asked for
 * @param expandedTo standard terms the query was widened to by the synonym dictionary
 * (shown as 「已为您同时搜索…」)
 * @param approximate whether nothing matched most of the query's words and these results
 * match only some of them (shown as 「没有完全匹配的结果，为您推荐相关事项」)
 */
public record SearchPage(List<SearchHit> hits, long totalHits, int page, int size, List<String> expandedTo,
		boolean approximate) {

	public SearchPage {
		hits = List.copyOf(hits);
		expandedTo = List.copyOf(expandedTo);
	}

}
