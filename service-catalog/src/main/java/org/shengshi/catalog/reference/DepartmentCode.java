package org.shengshi.catalog.reference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A department code as carried in staff tokens ({@code department} claim): the
 * department's region code, a hyphen and an upper-case abbreviation of 2 to 6 letters,
 * e.g. {@code 440100-GA} (广州市公安局) or {@code 440000-RS} (广东省人社厅).
 */
public record DepartmentCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{6})-([A-Z]{2,6})");

	public DepartmentCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a department code: " + value);
		}
	}

	public static boolean isValid(String value) {
		if (value == null) {
			return false;
		}
		var matcher = FORMAT.matcher(value);
		return matcher.matches() && RegionCode.isValid(matcher.group(1));
	}

	public static Optional<DepartmentCode> parse(String value) {
		return isValid(value) ? Optional.of(new DepartmentCode(value)) : Optional.empty();
	}

	public RegionCode region() {
		return new RegionCode(this.value.substring(0, 6));
	}

	/** The abbreviation after the hyphen, e.g. {@code GA}. */
	public String abbreviation() {
		return this.value.substring(7);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
