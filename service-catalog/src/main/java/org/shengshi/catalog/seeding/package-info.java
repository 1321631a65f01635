/**
 * Loads the bundled seed catalog into the database at startup: every seed item missing
 * from the database is stored as published version 1; items already there are left as
 * they are, so restarts and several replicas starting together are harmless.
 */
package org.shengshi.catalog.seeding;
