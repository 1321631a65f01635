package org.shengshi.identity.department;

/**
 * Administrative level of a department, read from its 6-digit region code: {@code 440000}
 * province, {@code 440100} city, {@code 440106} district.
 */
public enum Level {

	PROVINCE, CITY, DISTRICT;

	static Level of(String regionCode) {
		if (regionCode.endsWith("0000")) {
			return PROVINCE;
		}
		return regionCode.endsWith("00") ? CITY : DISTRICT;
	}

	/**
	 * Whether a department of this level may sit directly under one with the given level
	 * and region code.
	 */
	boolean fitsUnder(Level parentLevel, String parentRegion, String ownRegion) {
		return switch (this) {
			case PROVINCE -> false;
			case CITY -> parentLevel == PROVINCE && ownRegion.startsWith(parentRegion.substring(0, 2));
			case DISTRICT -> parentLevel == CITY && ownRegion.startsWith(parentRegion.substring(0, 4));
		};
	}

}
