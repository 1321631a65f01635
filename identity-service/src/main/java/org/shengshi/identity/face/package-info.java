/**
 * Face verification step-up to {@code loa} 3 for a limited time, with the
 * counter-assisted fallback (an officer verifies the person at a service window) after
 * repeated failures, and the sweep that lowers {@code loa} again when the time is up.
 */
package org.shengshi.identity.face;
