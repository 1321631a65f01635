package org.shengshi.catalog.searching;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.search.SearchFilters;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The filter parameters of a search request as they arrive over HTTP.
 */
record SearchCriteria(@Nullable String region, @Nullable String department, @Nullable String theme,
		@Nullable String audience, boolean onlineOnly, boolean zeroVisits) {

	SearchFilters toFilters() {
		SearchFilters filters = SearchFilters.none()
			.inRegion(blankToNull(this.region))
			.ofDepartment(blankToNull(this.department));
		if (blankToNull(this.theme) != null) {
			filters = filters.withTheme(LifeEventTheme.fromCode(this.theme)
				.orElseThrow(() -> invalidFilter("theme", "未知的主题", "unknown theme")));
		}
		if (blankToNull(this.audience) != null) {
			filters = filters.forAudience(Arrays.stream(Audience.values())
				.filter((value) -> value.name().equals(this.audience))
				.findFirst()
				.orElseThrow(() -> invalidFilter("audience", "未知的服务对象", "unknown audience")));
		}
		filters = this.onlineOnly ? filters.withOnlineOnly() : filters;
		return this.zeroVisits ? filters.withZeroVisitsOnly() : filters;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static ProblemException invalidFilter(String parameter, String zh, String en) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "SEARCH_FILTER_INVALID", "搜索筛选条件无效",
				"Invalid search filter")
			.detail(zh, en)
			.with("parameter", parameter);
	}

}
