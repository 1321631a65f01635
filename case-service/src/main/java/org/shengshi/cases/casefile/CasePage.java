package org.shengshi.cases.casefile;

import java.util.List;

/**
 * One page of a keyset-paginated list.
 *
 * @param items the entries
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 * @param <T> entry type
 */
record CasePage<T>(List<T> items, String nextCursor) {
}
