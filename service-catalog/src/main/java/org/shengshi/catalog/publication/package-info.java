/**
 * The publishing HTTP API on the database: a department's publisher drafts, edits and
 * submits items; a reviewer of the same department who did not write the revision
 * approves it into a new immutable version or returns it with comments; published items
 * are suspended, resumed and retired. The rules are
 * {@code publishing.PublishingWorkflow}; this package loads the revision, applies it,
 * stores the result with conditional updates and writes {@code catalog.item.*} events to
 * the outbox in the same transaction.
 */
package org.shengshi.catalog.publication;
