package org.shengshi.catalog.search;

/** One result: enough to render a result line; details come from the item cache by id. */
public record SearchHit(String id, int version, String code, String name, String departmentCode, String regionCode,
		String itemTypeCode, boolean online, int visits, boolean instant, float score) {
}
