package org.shengshi.identity.realname;

import java.util.Set;

/**
 * The province-level administrative division codes (GB/T 2260) that open every resident
 * identity number.
 */
final class ProvinceCodes {

	private static final Set<String> CODES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82", "83");

	private ProvinceCodes() {
	}

	static boolean isKnown(String twoDigits) {
		return CODES.contains(twoDigits);
	}

}
