package org.shengshi.catalog.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BestFieldWeightsTest {

	/** BM25's term-frequency part for one occurrence in a field of average length. */
	private static final float ONCE = 1f;

	private final BestFieldWeights weights = new BestFieldWeights();

	@Test
	void aTermWeighsItsFieldsBoostWhenTheFieldIsOfAverageLength() {
		Map<String, Integer> found = this.weights
			.weights(this.weights.analyze(List.of("居住证"), List.of(), List.of("住房"), List.of("公安局")));

		assertThat(weight(found, "居住")).isCloseTo(BestFieldWeights.NAME_BOOST * ONCE, within(0.01f));
		assertThat(weight(found, "住房")).isCloseTo(BestFieldWeights.THEMES_BOOST * ONCE, within(0.01f));
		assertThat(weight(found, "公安")).isCloseTo(BestFieldWeights.ORG_BOOST * ONCE, within(0.01f));
		assertThat(found).doesNotContainKey("身份");
	}

	@Test
	void aTermInSeveralFieldsCountsItsBestFieldAndATenthOfTheOthers() {
		Map<String, Integer> found = this.weights
			.weights(this.weights.analyze(List.of("居住证申领"), List.of("办居住证"), List.of(), List.of()));

		float expected = BestFieldWeights.NAME_BOOST + BestFieldWeights.TIE * BestFieldWeights.ALIASES_BOOST;
		assertThat(weight(found, "居住")).isCloseTo(expected, within(0.01f));
		assertThat(weight(found, "办居")).isCloseTo(BestFieldWeights.ALIASES_BOOST, within(0.01f));
	}

	@Test
	void aTermRepeatedInAFieldGainsLessThanTwice() {
		Map<String, Integer> found = this.weights
			.weights(this.weights.analyze(List.of("证明证明"), List.of(), List.of(), List.of()));

		assertThat(weight(found, "证明")).isGreaterThan(BestFieldWeights.NAME_BOOST)
			.isLessThan(2 * BestFieldWeights.NAME_BOOST);
	}

	@Test
	void afterAveragesAreAdoptedAShortNameWeighsMoreThanALongOne() {
		BestFieldWeights.FieldTerms shortName = this.weights.analyze(List.of("结婚登记"), List.of(), List.of(), List.of());
		BestFieldWeights.FieldTerms longName = this.weights.analyze(List.of("内地居民与香港居民结婚登记"), List.of(), List.of(),
				List.of());
		float before = weight(this.weights.weights(shortName), "结婚");

		this.weights.adoptAverages(List.of(shortName, longName));

		float shortWeight = weight(this.weights.weights(shortName), "结婚");
		float longWeight = weight(this.weights.weights(longName), "结婚");
		assertThat(before).isCloseTo(BestFieldWeights.NAME_BOOST, within(0.01f));
		assertThat(shortWeight).isGreaterThan(BestFieldWeights.NAME_BOOST);
		assertThat(longWeight).isLessThan(BestFieldWeights.NAME_BOOST);
	}

	@Test
	void aTermLostInAVeryLongFieldStillWeighsTheSmallestStoredAmount() {
		BestFieldWeights.FieldTerms item = this.weights.analyze(List.of("证"), List.of(), List.of(),
				List.of("公安" + "一".repeat(1000)));
		this.weights.adoptAverages(List.of(this.weights.analyze(List.of("证"), List.of(), List.of(), List.of("局"))));

		Map<String, Integer> found = this.weights.weights(item);
		assertThat(found.get("公安")).isEqualTo(1);
		assertThat(found.values()).allSatisfy((frequency) -> assertThat(frequency).isPositive());
	}

	private static float weight(Map<String, Integer> weights, String term) {
		assertThat(weights).containsKey(term);
		return weights.get(term) / (float) BestFieldWeights.SCALE;
	}

}
