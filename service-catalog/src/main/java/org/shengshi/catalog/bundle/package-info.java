/**
 * "一件事" life-event bundles: several items filed together with one combined form in which
 * a field shared by several items (same key) is asked once.
 * {@link org.shengshi.catalog.bundle.BundleComposer} checks a bundle against the items it
 * names and derives the {@link org.shengshi.catalog.bundle.CombinedForm}.
 */
package org.shengshi.catalog.bundle;
