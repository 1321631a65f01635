package org.shengshi.certificate.identifier;

/**
 * ISO/IEC 7064 (GB/T 17710) hybrid system MOD 37,36: one check character from the
 * alphabet {@code 0-9A-Z} (values 0..35) protecting a string over the same alphabet.
 * <p>
 * Recursive method with M = 36: start with P = M; for each character of value a, S = (P +
 * a) mod M with 0 replaced by M, then P = (2 × S) mod (M + 1). The check character c is
 * the one for which (P + c) mod M = 1, i.e. c = (M + 1 − P) mod M. The system detects
 * every single substitution and every adjacent transposition.
 */
final class Iso7064Mod3736 {

	static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final int M = 36;

	private Iso7064Mod3736() {
	}

	/**
	 * The check character protecting {@code data}.
	 * @param data characters from {@code 0-9A-Z}, at least one
	 * @return the check character
	 * @throws IllegalArgumentException if {@code data} is empty or has a character
	 * outside the alphabet
	 */
	static char checkCharacter(CharSequence data) {
		if (data.isEmpty()) {
			throw new IllegalArgumentException("nothing to protect");
		}
		int p = M;
		for (int i = 0; i < data.length(); i++) {
			int s = (p + valueOf(data.charAt(i))) % M;
			p = (2 * (s == 0 ? M : s)) % (M + 1);
		}
		return ALPHABET.charAt((M + 1 - p) % M);
	}

	/**
	 * Whether the last character of {@code protectedData} is the check character of the
	 * characters before it.
	 */
	static boolean isValid(CharSequence protectedData) {
		int length = protectedData.length();
		if (length < 2 || !inAlphabet(protectedData)) {
			return false;
		}
		return checkCharacter(protectedData.subSequence(0, length - 1)) == protectedData.charAt(length - 1);
	}

	static boolean inAlphabet(CharSequence data) {
		for (int i = 0; i < data.length(); i++) {
			if (ALPHABET.indexOf(data.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static int valueOf(char c) {
		int value = ALPHABET.indexOf(c);
		if (value < 0) {
			throw new IllegalArgumentException("character outside 0-9A-Z at the protected data");
		}
		return value;
	}

}
