package org.shengshi.certificate.identifier;

import java.util.Optional;

/**
 * Unified social credit code (统一社会信用代码) of an organisation per GB 32100-2015: 18
 * characters from the alphabet {@code 0-9} and {@code A-Z} without I, O, Z, S and V.
 * <ul>
 * <li>1: registration authority (登记管理部门代码): 1-9, A, N or Y;</li>
 * <li>2: organisation category (机构类别代码);</li>
 * <li>3-8: administrative region (登记管理机关行政区划码), six digits;</li>
 * <li>9-17: subject identifier = organisation code per GB 11714 (主体标识码), whose ninth
 * character is its own MOD 11 check character (weights 3,7,9,10,5,8,4,2; letters count
 * A=10..Z=35; 10 is written X and 11 is written 0);</li>
 * <li>18: check character: with value(c) the index in the alphabet and weights w(i) =
 * 3^(i-1) mod 31 = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28, the check value is 31
 * − (Σ value × w mod 31), with 31 written as 0.</li>
 * </ul>
 *
 * @param value the 18-character code
 */
public record UnifiedSocialCreditCode(String value) {

	/** GB 32100 code alphabet; the index of a character is its value. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int LENGTH = 18;

	private static final String REGISTRATION_AUTHORITIES = "123456789ANY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANIZATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	public UnifiedSocialCreditCode {
		Optional<String> problem = problem(value);
		if (problem.isPresent()) {
			throw new InvalidIdentifierException(InvalidIdentifierException.Part.CREDIT_CODE, problem.get());
		}
	}

	public static UnifiedSocialCreditCode of(String value) {
		return new UnifiedSocialCreditCode(value);
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}

	/**
	 * The first problem found in a candidate code, if any.
	 * @param value the candidate, may be {@code null}
	 * @return a description of what is wrong, or empty when the code is valid
	 */
	public static Optional<String> problem(String value) {
		if (value == null || value.length() != LENGTH) {
			return Optional.of("a unified social credit code has 18 characters");
		}
		for (int i = 0; i < LENGTH; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return Optional
					.of("character " + (i + 1) + " is not in the GB 32100 alphabet (0-9, A-Z without I O Z S V)");
			}
		}
		if (REGISTRATION_AUTHORITIES.indexOf(value.charAt(0)) < 0) {
			return Optional.of("character 1 is not a registration authority code (1-9, A, N, Y)");
		}
		if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Optional.of("characters 3-8 are not a six-digit region code");
		}
		if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
			return Optional.of("check character (18) does not match");
		}
		if (organizationCodeCheck(value.substring(8, 16)) != value.charAt(16)) {
			return Optional.of("characters 9-17 are not an organisation code with a valid GB 11714 check character");
		}
		return Optional.empty();
	}

	/**
	 * The GB 32100 check character for the first 17 characters of a code.
	 * @param first17 seventeen characters from the code alphabet
	 * @return the eighteenth character
	 */
	public static char checkCharacter(CharSequence first17) {
		if (first17.length() != LENGTH - 1) {
			throw new IllegalArgumentException("the check character protects exactly 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < first17.length(); i++) {
			int v = ALPHABET.indexOf(first17.charAt(i));
			if (v < 0) {
				throw new IllegalArgumentException("character " + (i + 1) + " is not in the GB 32100 alphabet");
			}
			sum += v * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * The GB 11714 check character of an organisation code body.
	 * @param body the eight characters before the check character
	 * @return {@code 0-9} or {@code X}
	 */
	static char organizationCodeCheck(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * ORGANIZATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return (check == 10) ? 'X' : (char) ('0' + check % 11);
	}

	/** Characters 3-8: the registering authority's administrative region code. */
	public String regionCode() {
		return this.value.substring(2, 8);
	}

	/** Characters 9-17: the organisation code (主体标识码). */
	public String organizationCode() {
		return this.value.substring(8, 17);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
