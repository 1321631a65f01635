package org.shengshi.catalog.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Colloquial names and synonyms (e.g. 办身份证 → 居民身份证换领, 社保卡 ↔ 社会保障卡), read from
 * {@value #DEFAULT_RESOURCE}. Two kinds of line, Solr-style:
 * <ul>
 * <li>{@code a, b => x, y}: a query containing {@code a} or {@code b} is widened to
 * {@code x} and {@code y}; an item whose name contains {@code x} or {@code y} is also
 * found by {@code a} and {@code b};</li>
 * <li>{@code a, b, c}: equivalent terms, each widened to the others.</li>
 * </ul>
 * Terms are separated by ASCII or full-width commas; {@code #} starts a comment.
 * Immutable.
 */
public final class SynonymDictionary {

	/** Classpath location of the bundled dictionary. */
	public static final String DEFAULT_RESOURCE = "search/synonyms.txt";

	/** Most standard terms one query is widened to. */
	static final int MAX_EXPANSIONS = 8;

	private final List<Rule> rules;

	private record Rule(Set<String> from, Set<String> to) {
	}

	private SynonymDictionary(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	public static SynonymDictionary bundled() {
		InputStream in = SynonymDictionary.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
		if (in == null) {
			throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse(reader.lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static SynonymDictionary empty() {
		return new SynonymDictionary(List.of());
	}

	/**
	 * Parses dictionary lines.
	 * @throws IllegalArgumentException naming the first bad line
	 */
	public static SynonymDictionary parse(List<String> lines) {
		List<Rule> rules = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int hash = line.indexOf('#');
			String content = ((hash >= 0) ? line.substring(0, hash) : line).strip();
			if (content.isEmpty()) {
				continue;
			}
			try {
				rules.add(parseRule(content));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("synonyms line " + (i + 1) + ": " + ex.getMessage(), ex);
			}
		}
		return new SynonymDictionary(rules);
	}

	private static Rule parseRule(String content) {
		String[] sides = content.split("=>", -1);
		if (sides.length > 2) {
			throw new IllegalArgumentException("more than one =>");
		}
		Set<String> left = terms(sides[0]);
		if (sides.length == 2) {
			return new Rule(left, terms(sides[1]));
		}
		if (left.size() < 2) {
			throw new IllegalArgumentException("an equivalence needs at least two terms");
		}
		return new Rule(left, left);
	}

	private static Set<String> terms(String side) {
		Set<String> terms = new LinkedHashSet<>();
		for (String raw : side.split("[,，]", -1)) {
			String term = normalise(raw);
			if (term.isEmpty()) {
				throw new IllegalArgumentException("empty term");
			}
			terms.add(term);
		}
		return terms;
	}

	private static String normalise(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** Number of rules (lines) in the dictionary. */
	public int size() {
		return this.rules.size();
	}

	/**
	 * The standard terms {@code query} is widened to: for each rule with a term contained
	 * in the query, the rule's other terms not already in the query. At most
	 * {@value #MAX_EXPANSIONS}, in dictionary order.
	 */
	public List<String> expand(String query) {
		String text = normalise(query);
		Set<String> expansions = new LinkedHashSet<>();
		for (Rule rule : this.rules) {
			if (anyIn(rule.from(), text)) {
				addThoseNotIn(rule.to(), text, expansions);
			}
		}
		return expansions.stream().limit(MAX_EXPANSIONS).toList();
	}

	/**
	 * The colloquial terms that should also find an item named {@code text}: for each
	 * rule with a standard term contained in the text, its other terms not already in the
	 * text.
	 */
	public Set<String> colloquialTermsFor(String text) {
		String normalised = normalise(text);
		Set<String> terms = new LinkedHashSet<>();
		for (Rule rule : this.rules) {
			if (anyIn(rule.to(), normalised)) {
				addThoseNotIn(rule.from(), normalised, terms);
			}
		}
		return terms;
	}

	// plain loops: expand runs for every search, over every rule

	private static boolean anyIn(Set<String> terms, String text) {
		for (String term : terms) {
			if (text.contains(term)) {
				return true;
			}
		}
		return false;
	}

	private static void addThoseNotIn(Set<String> terms, String text, Set<String> into) {
		for (String term : terms) {
			if (!text.contains(term)) {
				into.add(term);
			}
		}
	}

	@Override
	public String toString() {
		return "SynonymDictionary[" + this.rules.size() + " rules]";
	}

}
