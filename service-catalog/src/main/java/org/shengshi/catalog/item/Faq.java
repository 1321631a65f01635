package org.shengshi.catalog.item;

/** A frequently asked question (常见问题) about the item. */
public record Faq(String question, String answer) {
}
