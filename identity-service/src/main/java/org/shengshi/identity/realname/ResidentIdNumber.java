package org.shengshi.identity.realname;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character resident identity number per GB 11643-1999: a 6-digit administrative
 * region code, an 8-digit birth date, a 3-digit sequence (odd for men, even for women)
 * and an ISO 7064 MOD 11-2 check character (0-9 or X). Checked locally before any call to
 * the population registry, so a typo never costs a registry query.
 */
public record ResidentIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	public ResidentIdNumber {
		Problem problem = check(value, LocalDate.now()).orElse(null);
		if (problem != null) {
			throw new InvalidIdNumberException(problem);
		}
		value = normalise(value);
	}

	/**
	 * Why a candidate number is not a valid resident identity number.
	 */
	public enum Problem {

		/** Not 17 digits followed by a digit or X. */
		MALFORMED,
		/** The first two digits are not a province-level region code. */
		UNKNOWN_REGION,
		/** Digits 7–14 are not a real date between 1900 and today. */
		INVALID_BIRTH_DATE,
		/** The 18th character does not match the other 17. */
		WRONG_CHECK_DIGIT

	}

	/**
	 * Checks a candidate without throwing: empty when valid.
	 */
	public static Optional<Problem> check(String candidate, LocalDate today) {
		if (candidate == null) {
			return Optional.of(Problem.MALFORMED);
		}
		String id = normalise(candidate);
		if (!id.matches("\\d{17}[0-9X]")) {
			return Optional.of(Problem.MALFORMED);
		}
		if (!ProvinceCodes.isKnown(id.substring(0, 2))) {
			return Optional.of(Problem.UNKNOWN_REGION);
		}
		Optional<LocalDate> birth = parseBirthDate(id);
		if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH) || birth.get().isAfter(today)) {
			return Optional.of(Problem.INVALID_BIRTH_DATE);
		}
		if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
			return Optional.of(Problem.WRONG_CHECK_DIGIT);
		}
		return Optional.empty();
	}

	/**
	 * The ISO 7064 MOD 11-2 check character of the first 17 digits.
	 */
	public static char checkCharacter(String first17Digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS[sum % 11];
	}

	public String regionCode() {
		return this.value.substring(0, 6);
	}

	public LocalDate birthDate() {
		return parseBirthDate(this.value).orElseThrow();
	}

	/**
	 * Odd sequence numbers are assigned to men, even ones to women.
	 */
	public boolean isMale() {
		return (this.value.charAt(16) - '0') % 2 == 1;
	}

	@Override
	public String toString() {
		return this.value.substring(0, 3) + "***********" + this.value.substring(14);
	}

	private static String normalise(String candidate) {
		return candidate.strip().toUpperCase();
	}

	private static Optional<LocalDate> parseBirthDate(String id) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
					Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
