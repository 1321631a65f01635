/**
 * The public "一件事" API: life-event bundles with the items they file and their one
 * combined form (shared fields asked once).
 */
package org.shengshi.catalog.bundles;
