package org.shengshi.catalog.searching;

import org.shengshi.catalog.search.Suggestion;

/**
 * An item name completing what the user typed, with the public code of the item.
 */
record SearchSuggestion(String text, String itemCode) {

	static SearchSuggestion of(Suggestion suggestion) {
		return new SearchSuggestion(suggestion.text(), suggestion.itemId());
	}

}
