/**
 * Service items in the database: the item row with its workflow status, the immutable
 * published versions and the draft being written; the public item detail and the
 * item-version contract read by case-service.
 */
package org.shengshi.catalog.items;
