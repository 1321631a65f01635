package org.shengshi.cases.lifecycle;

/** Who acts on a case. */
public enum ActorRole {

	/** The resident, or a delegate acting under an active delegation. */
	APPLICANT,

	/** Department staff (case officer), including filing at the window for a walk-in. */
	OFFICER,

	/** The platform itself, e.g. reacting to a payment event. */
	SYSTEM

}
