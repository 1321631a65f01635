package org.shengshi.catalog.bundle;

import java.util.List;

import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.item.LifeEventTheme;

/**
 * A life-event bundle (一件事).
 *
 * @param code stable code, e.g. {@code BIRTH}
 * @param name e.g. 出生一件事
 * @param description what it spares the resident
 * @param theme its life-event theme
 * @param regionCode region where it is offered
 * @param itemKeys the items it files, as {@code <item code>@<department code>}
 * @param extraFields questions of the bundle itself (e.g. which items to include), may be
 * empty
 */
public record Bundle(String code, String name, String description, LifeEventTheme theme, String regionCode,
		List<String> itemKeys, List<FormField> extraFields) {

	public Bundle {
		itemKeys = (itemKeys != null) ? List.copyOf(itemKeys) : List.of();
		extraFields = (extraFields != null) ? List.copyOf(extraFields) : List.of();
	}

}
