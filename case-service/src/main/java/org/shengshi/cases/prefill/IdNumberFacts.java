package org.shengshi.cases.prefill;

/**
 * What a verified 18-digit resident ID number states by itself (GB 11643): the birth date
 * (digits 7–14) and the sex (the 17th digit: odd for men, even for women), in the form's
 * own words. Anything else gives {@code null}: the field stays for the resident to fill.
 */
final class IdNumberFacts {

	private IdNumberFacts() {
	}

	static String gender(String idNumber) {
		if (!wellFormed(idNumber)) {
			return null;
		}
		return ((idNumber.charAt(16) - '0') % 2 == 1) ? "男" : "女";
	}

	static String birthDate(String idNumber) {
		if (!wellFormed(idNumber)) {
			return null;
		}
		return idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14);
	}

	private static boolean wellFormed(String idNumber) {
		return idNumber != null && idNumber.matches("[0-9]{17}[0-9X]");
	}

}
