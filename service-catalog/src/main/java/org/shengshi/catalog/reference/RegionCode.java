package org.shengshi.catalog.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A six-digit administrative division code (GB/T 2260): two digits province, two city,
 * two county. {@code 440000} is a province, {@code 440100} a city, {@code 440106} a
 * county-level district.
 */
public record RegionCode(String value) {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	public enum Level {

		PROVINCE, CITY, COUNTY

	}

	public RegionCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a GB/T 2260 region code: " + value);
		}
	}

	public static boolean isValid(String value) {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			return false;
		}
		boolean cityZeroCounty = value.substring(2, 4).equals("00") && !value.substring(4).equals("00");
		return PROVINCES.contains(value.substring(0, 2)) && !cityZeroCounty;
	}

	public static Optional<RegionCode> parse(String value) {
		return isValid(value) ? Optional.of(new RegionCode(value)) : Optional.empty();
	}

	public Level level() {
		if (this.value.endsWith("0000")) {
			return Level.PROVINCE;
		}
		return this.value.endsWith("00") ? Level.CITY : Level.COUNTY;
	}

	/**
	 * This region and the regions containing it, innermost first: 440106, 440100, 440000.
	 */
	public List<RegionCode> selfAndAncestors() {
		List<RegionCode> chain = new ArrayList<>(3);
		chain.add(this);
		if (level() == Level.COUNTY) {
			chain.add(new RegionCode(this.value.substring(0, 4) + "00"));
		}
		if (level() != Level.PROVINCE) {
			chain.add(new RegionCode(this.value.substring(0, 2) + "0000"));
		}
		return List.copyOf(chain);
	}

	/** Whether {@code other} is this region or lies inside it. */
	public boolean contains(RegionCode other) {
		return other.selfAndAncestors().contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
