/**
 * Chinese search over published items on an in-memory Lucene index per replica: CJK
 * bigram analysis (with unigrams for one-character queries), field boosts, a synonym and
 * colloquial-name dictionary, non-scoring filters, popularity as a mild boost,
 * suggestions as the user types, and paging. Rebuilt from the database at start and
 * updated from publishing events; see docs/adr/0021-catalog-search-lucene-bigram.md.
 * Entry point: {@link org.shengshi.catalog.search.CatalogSearchIndex}.
 */
package org.shengshi.catalog.search;
