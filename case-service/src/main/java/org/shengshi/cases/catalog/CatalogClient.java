package org.shengshi.cases.catalog;

/**
 * Reads published item versions from service-catalog.
 */
public interface CatalogClient {

	/**
	 * The item version, whatever its status.
	 * @throws org.shengshi.cases.problem.CaseRuleException {@code ITEM_VERSION_NOT_FOUND}
	 * when the catalog does not know it, {@code CATALOG_UNAVAILABLE} when the catalog
	 * cannot answer
	 */
	ItemSnapshot itemVersion(String itemCode, int version);

}
