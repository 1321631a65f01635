package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.ActorRole;

/**
 * Who takes an action.
 *
 * @param subject token subject, or {@code system}
 * @param role applicant, officer or system
 */
record Actor(String subject, ActorRole role) {

	static final Actor SYSTEM = new Actor("system", ActorRole.SYSTEM);

}
