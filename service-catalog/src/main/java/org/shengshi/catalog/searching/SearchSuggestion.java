package org.shengshi.catalog.searching;

import org.shengshi.catalog.search.Suggestion;

/**
 * An item name completing what the user typed.
 */
record SearchSuggestion(String text, String itemId) {

	static SearchSuggestion of(Suggestion suggestion) {
		return new SearchSuggestion(suggestion.text(), suggestion.itemId());
	}

}
