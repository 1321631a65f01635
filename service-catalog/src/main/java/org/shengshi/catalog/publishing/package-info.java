/**
 * The publishing workflow of item revisions: DRAFT → IN_REVIEW → PUBLISHED → SUSPENDED /
 * SUPERSEDED / RETIRED, with IN_REVIEW → DRAFT when returned or withdrawn. The
 * {@link org.shengshi.catalog.publishing.TransitionTable} names the role of each action;
 * staff act only on items of their own department, and the reviewer who approves or
 * returns a revision is never one of its authors (separation of duties). Approval gives
 * the revision an immutable version number;
 * {@link org.shengshi.catalog.publishing.PublishingWorkflow} returns the event the
 * service layer writes to the outbox.
 */
package org.shengshi.catalog.publishing;
