/**
 * The catalog shipped with the repository ({@code src/main/resources/seed/}): regions,
 * departments, a library of common materials and form fields, items per department and
 * life-event bundles. {@link org.shengshi.catalog.seed.SeedLoader} resolves references,
 * validates the whole catalog (item codes, items, form schemas, bundles) and fails with
 * every error at once.
 */
package org.shengshi.catalog.seed;
