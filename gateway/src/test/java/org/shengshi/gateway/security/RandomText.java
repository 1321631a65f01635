package org.shengshi.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random strings over a small alphabet for the equivalence tests: a few characters of
 * each kind the rules treat differently, so short strings reach every rule often.
 */
final class RandomText {

	private RandomText() {
	}

	/** {@code count} strings of 0 to {@code maxLength - 1} characters of the alphabet. */
	static List<String> of(Random random, String alphabet, int count, int maxLength) {
		List<String> texts = new ArrayList<>(count);
		while (texts.size() < count) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(maxLength); text.length() < length;) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		return texts;
	}

}
