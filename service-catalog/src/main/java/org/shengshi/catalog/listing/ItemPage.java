package org.shengshi.catalog.listing;

import java.util.List;

/**
 * One page of items; the catalog is bounded, so page/size paging is enough.
 */
public record ItemPage(List<ItemSummary> items, int page, int size, long total) {

}
