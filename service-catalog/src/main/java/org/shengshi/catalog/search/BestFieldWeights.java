package org.shengshi.catalog.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;

/**
 * How much each term of an item weighs for a search, worked out when the item is indexed,
 * so that a search looks up one posting list per query bigram instead of one per field
 * (ADR 0024).
 * <p>
 * A term's weight in one field is BM25's term-frequency part (saturated by {@link #K1},
 * normalised by the field's length against its average over the indexed items with
 * {@link #B}) times the field's boost: name ≫ aliases ≫ themes ≫ department. A term's
 * weight for the item is that of its best field plus {@link #TIE} times the others, so a
 * word in both the name and an alias is not counted twice. The search multiplies it by
 * the term's rarity ({@link WeightedFieldSimilarity}). Weights are stored as term
 * frequencies, in hundredths.
 */
final class BestFieldWeights {

	static final float NAME_BOOST = 8f;

	static final float ALIASES_BOOST = 3f;

	static final float THEMES_BOOST = 1.5f;

	static final float ORG_BOOST = 1f;

	/** Stored term frequency of a weight of 1. */
	static final int SCALE = 100;

	static final float K1 = 1.2f;

	static final float B = 0.75f;

	static final float TIE = 0.1f;

	private static final float[] BOOSTS = { NAME_BOOST, ALIASES_BOOST, THEMES_BOOST, ORG_BOOST };

	private final Analyzer analyzer = ChineseAnalyzers.forIndex();

	/**
	 * Average length of each field over the items of the last {@link #adoptAverages};
	 * none before it (lengths are then not normalised).
	 */
	private volatile float[] averageLengths;

	/**
	 * The terms of an item's four weighted fields, in the order name, aliases, themes,
	 * department.
	 */
	record FieldTerms(List<List<String>> perField) {
	}

	/**
	 * Analyses the texts of each field: the name, the aliases, the theme labels, the
	 * department's name (each may have several values or none).
	 */
	FieldTerms analyze(List<String> name, Collection<String> aliases, List<String> themes, List<String> org) {
		return new FieldTerms(List.of(terms(name), terms(aliases), terms(themes), terms(org)));
	}

	/** Normalises lengths by the averages of {@code items} from now on. */
	void adoptAverages(Collection<FieldTerms> items) {
		if (items.isEmpty()) {
			return;
		}
		float[] averages = new float[BOOSTS.length];
		for (FieldTerms item : items) {
			for (int field = 0; field < BOOSTS.length; field++) {
				averages[field] += item.perField().get(field).size();
			}
		}
		for (int field = 0; field < BOOSTS.length; field++) {
			averages[field] /= items.size();
		}
		this.averageLengths = averages;
	}

	/** Term → weight in hundredths (at least 1) for the item. */
	Map<String, Integer> weights(FieldTerms item) {
		float[] averages = this.averageLengths;
		Map<String, float[]> perTerm = new HashMap<>();
		for (int field = 0; field < BOOSTS.length; field++) {
			List<String> terms = item.perField().get(field);
			Map<String, Integer> frequencies = new HashMap<>();
			terms.forEach((term) -> frequencies.merge(term, 1, Integer::sum));
			float lengthRatio = (averages == null || averages[field] == 0) ? 1f : terms.size() / averages[field];
			for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
				float tf = entry.getValue();
				float score = BOOSTS[field] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengthRatio));
				float[] bestAndSum = perTerm.computeIfAbsent(entry.getKey(), (term) -> new float[2]);
				bestAndSum[0] = Math.max(bestAndSum[0], score);
				bestAndSum[1] += score;
			}
		}
		Map<String, Integer> weights = new HashMap<>(perTerm.size() * 2);
		perTerm.forEach((term, bestAndSum) -> {
			float weight = bestAndSum[0] + TIE * (bestAndSum[1] - bestAndSum[0]);
			weights.put(term, Math.max(1, Math.round(weight * SCALE)));
		});
		return weights;
	}

	private List<String> terms(Collection<String> texts) {
		return texts.stream()
			.flatMap((text) -> ChineseAnalyzers.terms(this.analyzer, IndexFields.NAME, text).stream())
			.toList();
	}

}
