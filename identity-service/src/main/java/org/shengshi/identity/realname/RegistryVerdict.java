package org.shengshi.identity.realname;

/**
 * What the population registry says about a name and ID number.
 */
enum RegistryVerdict {

	MATCH, NAME_MISMATCH, NOT_FOUND, DECEASED;

	/**
	 * The registry's {@code result}: {@code MATCH}, {@code MISMATCH}, {@code NOT_FOUND},
	 * {@code DECEASED}.
	 * @throws IllegalArgumentException for anything else
	 */
	static RegistryVerdict fromWire(String result) {
		return "MISMATCH".equals(result) ? NAME_MISMATCH : valueOf(result);
	}

}
