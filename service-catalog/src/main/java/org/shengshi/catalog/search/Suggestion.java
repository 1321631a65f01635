package org.shengshi.catalog.search;

/** A completion offered while the user types: an item name and the item it leads to. */
public record Suggestion(String text, String itemId) {
}
