package org.shengshi.platform.common.security;

import java.util.function.Predicate;

/**
 * A strict firewall's character rule for header names, header values or parameter names,
 * decided by a loop over the characters for the usual case. Spring Security's strict
 * firewalls (servlet and WebFlux) check every header they hand out against
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} (names) or
 * {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} (values), and a 1,000-character
 * bearer token through such a pattern cost 11 % of identity-service's CPU per request and
 * 2 % of the gateway's (docs/performance.md, session 12; ADR 0033). Every character from
 * 0x20 to 0x7E is assigned and not a control character, so a string of only those (and
 * tabs, for values) is accepted at once; any other string, and null, is decided by the
 * firewall's own default rule, so the answer is always the default's.
 */
public final class HeaderCharacters implements Predicate<String> {

	private final boolean tabAllowed;

	private final Predicate<String> firewallDefault;

	private HeaderCharacters(boolean tabAllowed, Predicate<String> firewallDefault) {
		this.tabAllowed = tabAllowed;
		this.firewallDefault = firewallDefault;
	}

	/** A rule for names (no controls at all) in front of the firewall's default one. */
	public static Predicate<String> names(Predicate<String> firewallDefault) {
		return new HeaderCharacters(false, firewallDefault);
	}

	/** A rule for header values (tab allowed) in front of the firewall's default one. */
	public static Predicate<String> values(Predicate<String> firewallDefault) {
		return new HeaderCharacters(true, firewallDefault);
	}

	@Override
	public boolean test(String text) {
		if (text == null) {
			return this.firewallDefault.test(null);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 || c > 0x7E) && !(this.tabAllowed && c == '\t')) {
				return this.firewallDefault.test(text);
			}
		}
		return true;
	}

}
