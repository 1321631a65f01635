package org.shengshi.catalog.publishing;

/**
 * A workflow action was refused; {@link #error()} gives the stable code and HTTP status.
 */
public class WorkflowException extends RuntimeException {

	private final WorkflowError error;

	public WorkflowException(WorkflowError error, String message) {
		super(error.name() + ": " + message);
		this.error = error;
	}

	public WorkflowError error() {
		return this.error;
	}

	/** Why an action was refused. */
	public enum WorkflowError {

		/** The action does not apply in the revision's status. */
		ACTION_NOT_ALLOWED(409),
		/** The actor lacks the role the transition names. */
		ROLE_REQUIRED(403),
		/** The actor is staff of another department. */
		OTHER_DEPARTMENT(403),
		/** The reviewer is an author of the revision. */
		SEPARATION_OF_DUTIES(403),
		/** A comment or reason is required. */
		COMMENT_REQUIRED(400),
		/** Only drafts can be edited. */
		ITEM_NOT_EDITABLE(409),
		/** A new revision cannot change the item code or the implementing department. */
		ITEM_IDENTITY_CHANGED(400);

		private final int httpStatus;

		WorkflowError(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		public int httpStatus() {
			return this.httpStatus;
		}

	}

}
