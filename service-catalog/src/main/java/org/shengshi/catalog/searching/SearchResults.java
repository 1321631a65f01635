package org.shengshi.catalog.searching;

import java.util.List;

import org.shengshi.catalog.search.SearchPage;

/**
 * A page of search results; {@code expandedTo} lists the synonyms the query was widened
 * with, {@code approximate} says no result matched every word.
 */
record SearchResults(List<SearchResult> results, long total, int page, int size, List<String> expandedTo,
		boolean approximate) {

	static SearchResults of(SearchPage page) {
		return new SearchResults(page.hits().stream().map(SearchResult::of).toList(), page.totalHits(), page.page(),
				page.size(), page.expandedTo(), page.approximate());
	}

}
