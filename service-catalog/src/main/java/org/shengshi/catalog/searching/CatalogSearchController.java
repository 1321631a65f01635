package org.shengshi.catalog.searching;

import java.util.List;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.shengshi.catalog.cache.JsonResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous Chinese search over published items, with suggestions and the most popular
 * items.
 */
@RestController
@RequestMapping("/api/v1/catalog/search")
@ApiResponse(responseCode = "400",
		description = "SEARCH_QUERY_INVALID, SEARCH_PAGE_INVALID or SEARCH_FILTER_INVALID, with the field errors",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "503",
		description = "SEARCH_BUSY: no turn in the index came within the queue timeout; try again after Retry-After seconds",
		headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer")),
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class CatalogSearchController {

	private final CatalogSearchService searches;

	CatalogSearchController(CatalogSearchService searches) {
		this.searches = searches;
	}

	@GetMapping
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResults.class)))
	ResponseEntity<byte[]> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String audience,
			@RequestParam(defaultValue = "false") boolean onlineOnly,
			@RequestParam(defaultValue = "false") boolean zeroVisits, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size) {
		SearchCriteria criteria = new SearchCriteria(region, department, theme, audience, onlineOnly, zeroVisits);
		return JsonResponses.ok(this.searches.search(q, criteria, page, size));
	}

	@GetMapping("/suggestions")
	List<SearchSuggestion> suggestions(@RequestParam(defaultValue = "") String prefix,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String department) {
		return this.searches.suggest(prefix, new SearchCriteria(region, department, null, null, false, false));
	}

	@GetMapping("/popular")
	SearchResults popular(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String department, @RequestParam(defaultValue = "10") int size) {
		return this.searches.popular(new SearchCriteria(region, department, null, null, false, false), size);
	}

}
