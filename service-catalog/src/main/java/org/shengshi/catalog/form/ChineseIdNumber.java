package org.shengshi.catalog.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Checks an 18-character resident identity number (GB 11643): region prefix, a real birth
 * date not in the future, and the ISO 7064 MOD 11-2 check character.
 */
public final class ChineseIdNumber {

	private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ChineseIdNumber() {
	}

	/** Whether {@code value} is a well-formed ID number as of {@code today}. */
	public static boolean isValid(String value, LocalDate today) {
		if (value == null || !FORMAT.matcher(value).matches()) {
			return false;
		}
		int province = Integer.parseInt(value.substring(0, 2));
		if (province < 11 || province > 82) {
			return false;
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return false;
		}
		if (birth.getYear() < 1900 || birth.isAfter(today)) {
			return false;
		}
		return checkCharacter(value.substring(0, 17)) == value.charAt(17);
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

}
