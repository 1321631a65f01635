package org.shengshi.catalog.publishing;

/** What staff (or the system) can do to a revision. */
public enum PublishingAction {

	/** Publisher sends the draft for review. */
	SUBMIT,
	/** Publisher takes a revision back from review. */
	WITHDRAW,
	/** Reviewer sends it back to the department with comments. */
	RETURN,
	/** Reviewer approves: the revision is published under a new version number. */
	APPROVE,
	/** Publisher stops applications for a while, with a reason. */
	SUSPEND,
	/** Publisher lets applications in again. */
	RESUME,
	/** Reviewer removes the item from the catalog for good, with a reason. */
	RETIRE,
	/** System: a newer version of the same item was published. */
	SUPERSEDE

}
