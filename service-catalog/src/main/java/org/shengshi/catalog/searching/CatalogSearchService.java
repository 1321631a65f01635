package org.shengshi.catalog.searching;

import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.shengshi.catalog.cache.JsonCache;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SearchBusyException;
import org.shengshi.catalog.search.SearchFilters;
import org.shengshi.catalog.search.SearchRequest;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.ValidationException;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Searches the replica's in-memory catalog index, turning bad requests into problems.
 * Search results are cached ({@link JsonCache#jsonOnRepeat}, from the second time the
 * same search is asked on this replica) under the index stamp ({@link IndexSync#stamp}):
 * any change applied to the index changes the key, so results are never older than this
 * replica's index, which trails the database by at most the sync interval (1 s).
 */
@Service
class CatalogSearchService {

	static final int SUGGESTION_LIMIT = 10;

	private final CatalogSearchIndex index;

	private final IndexSync sync;

	private final JsonCache cache;

	CatalogSearchService(CatalogSearchIndex index, IndexSync sync, JsonCache cache) {
		this.index = index;
		this.sync = sync;
		this.cache = cache;
	}

	/** The page of results as JSON. */
	byte[] search(String text, SearchCriteria criteria, int page, int size) {
		if (text == null || text.isBlank()) {
			throw invalid(List.of(new FieldError("q", "SEARCH_QUERY_EMPTY", "请输入搜索词")));
		}
		SearchRequest request = new SearchRequest(text, criteria.toFilters(), page, size);
		requireValid(request);
		String key = "search:" + this.sync.stamp() + ":" + digest(text + "|" + criteria + "|" + page + "|" + size);
		return answer(() -> this.cache.jsonOnRepeat(key, () -> SearchResults.of(this.index.search(request))));
	}

	List<SearchSuggestion> suggest(String prefix, SearchCriteria criteria) {
		SearchFilters filters = criteria.toFilters();
		requireValid(new SearchRequest(prefix, filters, 0, 1));
		try {
			return answer(() -> this.index.suggest(prefix, filters, SUGGESTION_LIMIT)).stream()
				.map(SearchSuggestion::of)
				.toList();
		}
		catch (ValidationException ex) {
			throw invalid(ex.errors());
		}
	}

	SearchResults popular(SearchCriteria criteria, int size) {
		SearchRequest request = new SearchRequest("", criteria.toFilters(), 0, size);
		requireValid(request);
		return SearchResults.of(answer(() -> this.index.search(request)));
	}

	/**
	 * {@code work}'s answer; 503 {@code SEARCH_BUSY} with Retry-After when the index had
	 * no free turn in time.
	 */
	private static <T> T answer(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (SearchBusyException ex) {
			ProblemException busy = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "SEARCH_BUSY", "搜索繁忙，请稍后重试",
					"Search is busy; try again shortly");
			busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			throw busy;
		}
	}

	private static String digest(String text) {
		return HexFormat.of().formatHex(Sha256.digest(text));
	}

	private static void requireValid(SearchRequest request) {
		List<FieldError> errors = request.problems();
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
	}

	private static ProblemException invalid(List<FieldError> errors) {
		return switch (errors.get(0).field()) {
			case "q", "prefix" -> problem("SEARCH_QUERY_INVALID", "搜索词无效", "Invalid search query", errors);
			case "page", "size", "limit" -> problem("SEARCH_PAGE_INVALID", "分页参数无效", "Invalid paging", errors);
			default -> problem("SEARCH_FILTER_INVALID", "搜索筛选条件无效", "Invalid search filter", errors);
		};
	}

	private static ProblemException problem(String code, String zh, String en, List<FieldError> errors) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, zh, en).with("errors", errors);
	}

}
