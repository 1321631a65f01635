package org.shengshi.catalog.bench;

import java.util.List;

import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.search.SearchFilters;
import org.shengshi.catalog.search.SearchRequest;

/**
 * Searches numbered 0 … {@link #count()} − 1, each different: a pair of words, a region,
 * an audience filter, online only or not, and a page of 10.
 */
record DistinctSearches(List<String> regions) {

	private static final List<Audience> AUDIENCES = List.of(Audience.NATURAL_PERSON, Audience.LEGAL_PERSON);

	private static final int PAGES = 3;

	/** One search; {@code audience} null for any. */
	record Search(String text, String region, Audience audience, boolean onlineOnly, int page) {

		String uri() {
			return ServiceBenchmark.search(this.text, this.region, this.page)
					+ ((this.audience != null) ? "&audience=" + this.audience.name() : "")
					+ (this.onlineOnly ? "&onlineOnly=true" : "");
		}

		SearchRequest request() {
			SearchFilters filters = SearchFilters.none().inRegion(this.region);
			filters = (this.audience != null) ? filters.forAudience(this.audience) : filters;
			return new SearchRequest(this.text, this.onlineOnly ? filters.withOnlineOnly() : filters, this.page, 10);
		}

	}

	int count() {
		List<String> words = ServiceBenchmark.WORDS;
		return words.size() * words.size() * this.regions.size() * (AUDIENCES.size() + 1) * 2 * PAGES;
	}

	Search search(int number) {
		List<String> words = ServiceBenchmark.WORDS;
		int n = number % count();
		String text = words.get(n % words.size()) + " " + words.get((n / words.size()) % words.size());
		n /= words.size() * words.size();
		String region = this.regions.get(n % this.regions.size());
		n /= this.regions.size();
		int audience = n % (AUDIENCES.size() + 1);
		n /= AUDIENCES.size() + 1;
		return new Search(text, region, (audience == 0) ? null : AUDIENCES.get(audience - 1), n % 2 == 1,
				(n / 2) % PAGES);
	}

	String uri(int number) {
		return search(number).uri();
	}

}
