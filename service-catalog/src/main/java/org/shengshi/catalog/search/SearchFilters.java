package org.shengshi.catalog.search;

import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.ItemType;
import org.shengshi.catalog.item.LifeEventTheme;

/**
 * Non-scoring filters; {@code null} or {@code false} means "any".
 *
 * @param regionCode items on the same branch as this region: the region itself, the
 * regions containing it (a province item serves a district resident) and the regions
 * inside it (a city search includes its districts' items)
 * @param departmentCode implementing department
 * @param theme life-event theme
 * @param audience natural or legal person
 * @param itemType item type
 * @param onlineOnly only items that can be applied for online or on mobile
 * @param zeroVisitsOnly only zero-visit items (零跑动)
 * @param instantOnly only instant items (即办件)
 */
public record SearchFilters(String regionCode, String departmentCode, LifeEventTheme theme, Audience audience,
		ItemType itemType, boolean onlineOnly, boolean zeroVisitsOnly, boolean instantOnly) {

	private static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, false, false, false);

	public static SearchFilters none() {
		return NONE;
	}

	public SearchFilters inRegion(String region) {
		return new SearchFilters(region, this.departmentCode, this.theme, this.audience, this.itemType, this.onlineOnly,
				this.zeroVisitsOnly, this.instantOnly);
	}

	public SearchFilters ofDepartment(String department) {
		return new SearchFilters(this.regionCode, department, this.theme, this.audience, this.itemType, this.onlineOnly,
				this.zeroVisitsOnly, this.instantOnly);
	}

	public SearchFilters withTheme(LifeEventTheme lifeEventTheme) {
		return new SearchFilters(this.regionCode, this.departmentCode, lifeEventTheme, this.audience, this.itemType,
				this.onlineOnly, this.zeroVisitsOnly, this.instantOnly);
	}

	public SearchFilters forAudience(Audience forAudience) {
		return new SearchFilters(this.regionCode, this.departmentCode, this.theme, forAudience, this.itemType,
				this.onlineOnly, this.zeroVisitsOnly, this.instantOnly);
	}

	public SearchFilters ofType(ItemType type) {
		return new SearchFilters(this.regionCode, this.departmentCode, this.theme, this.audience, type, this.onlineOnly,
				this.zeroVisitsOnly, this.instantOnly);
	}

	public SearchFilters withOnlineOnly() {
		return new SearchFilters(this.regionCode, this.departmentCode, this.theme, this.audience, this.itemType, true,
				this.zeroVisitsOnly, this.instantOnly);
	}

	public SearchFilters withZeroVisitsOnly() {
		return new SearchFilters(this.regionCode, this.departmentCode, this.theme, this.audience, this.itemType,
				this.onlineOnly, true, this.instantOnly);
	}

	public SearchFilters withInstantOnly() {
		return new SearchFilters(this.regionCode, this.departmentCode, this.theme, this.audience, this.itemType,
				this.onlineOnly, this.zeroVisitsOnly, true);
	}

}
