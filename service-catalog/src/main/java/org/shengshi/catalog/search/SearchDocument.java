package org.shengshi.catalog.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.ItemType;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.item.Material;
import org.shengshi.catalog.item.ServiceItem;

/**
 * What the index keeps of one published item version: the searchable texts, the filter
 * values and the popularity.
 *
 * @param id item id (one document per item: the current published version)
 * @param version published version number; older versions never replace newer ones
 * @param popularity e.g. applications in the last 30 days; a mild ranking boost
 */
public record SearchDocument(String id, int version, String code, String name, List<String> aliases, ItemType itemType,
		String departmentCode, String departmentName, String regionCode, Set<Audience> audiences,
		Set<LifeEventTheme> themes, List<String> materials, List<String> conditions, boolean online, int visits,
		boolean instant, long popularity) {

	public SearchDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		aliases = List.copyOf(aliases);
		audiences = Set.copyOf(audiences);
		themes = Set.copyOf(themes);
		materials = List.copyOf(materials);
		conditions = List.copyOf(conditions);
		if (popularity < 0) {
			throw new IllegalArgumentException("popularity cannot be negative");
		}
	}

	/** The document of a published, valid item version. */
	public static SearchDocument of(String id, int version, ServiceItem item, String departmentName, long popularity) {
		return new SearchDocument(id, version, item.code(), item.name(), item.aliases(), item.type(),
				item.departmentCode(), departmentName, item.regionCode(), item.audiences(), item.themes(),
				item.materials().stream().map(Material::name).toList(), item.conditions(), item.online(), item.visits(),
				item.instant(), popularity);
	}

	public SearchDocument withPopularity(long newPopularity) {
		return new SearchDocument(this.id, this.version, this.code, this.name, this.aliases, this.itemType,
				this.departmentCode, this.departmentName, this.regionCode, this.audiences, this.themes, this.materials,
				this.conditions, this.online, this.visits, this.instant, newPopularity);
	}

}
