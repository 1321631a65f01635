package org.shengshi.catalog.publishing;

/** Status of one revision of an item. */
public enum PublicationStatus {

	/** Being written by the department; editable. */
	DRAFT,
	/** Submitted; waiting for a catalog reviewer. */
	IN_REVIEW,
	/** The current version residents see and cases are filed against. */
	PUBLISHED,
	/**
	 * Temporarily not accepting applications (e.g. system maintenance, policy pending).
	 */
	SUSPENDED,
	/**
	 * Replaced by a newer published version; still readable by id for cases filed on it.
	 */
	SUPERSEDED,
	/** Withdrawn from the catalog for good (事项取消); still readable by id. */
	RETIRED;

	/** Whether no further action applies. */
	public boolean isFinal() {
		return this == SUPERSEDED || this == RETIRED;
	}

	/**
	 * Whether the revision has been published at some point and so has a version number.
	 */
	public boolean isVersioned() {
		return this == PUBLISHED || this == SUSPENDED || this == SUPERSEDED || this == RETIRED;
	}

}
