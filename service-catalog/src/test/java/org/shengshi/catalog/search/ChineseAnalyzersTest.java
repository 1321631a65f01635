package org.shengshi.catalog.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalyzersTest {

	@Test
	void queriesBecomeOverlappingBigrams() {
		assertThat(ChineseAnalyzers.terms(ChineseAnalyzers.forQuery(), IndexFields.NAME, "居住证申领")).containsExactly("居住",
				"住证", "证申", "申领");
	}

	@Test
	void aSingleCharacterQueryStaysAUnigram() {
		assertThat(ChineseAnalyzers.terms(ChineseAnalyzers.forQuery(), IndexFields.NAME, "证")).containsExactly("证");
	}

	@Test
	void theIndexKeepsUnigramsBesideBigrams() {
		assertThat(ChineseAnalyzers.terms(ChineseAnalyzers.forIndex(), IndexFields.NAME, "护照"))
			.containsExactlyInAnyOrder("护", "护照", "照");
	}

	@Test
	void latinAndDigitsAreWordsFoldedToLowerCaseAndHalfWidth() {
		assertThat(ChineseAnalyzers.terms(ChineseAnalyzers.forQuery(), IndexFields.NAME, "ＡＢＣ证件 2024"))
			.containsExactly("abc", "证件", "2024");
	}

	@Test
	void shinglesAreThreeCharactersInARowWithinAHanRun() {
		assertThat(ChineseAnalyzers.shingles(ChineseAnalyzers.forQuery(), IndexFields.NAME, "居住证申领"))
			.containsExactly("居住证", "住证申", "证申领");
		assertThat(ChineseAnalyzers.shingles(ChineseAnalyzers.forQuery(), IndexFields.NAME, "居住 证明")).isEmpty();
		assertThat(ChineseAnalyzers.shingles(ChineseAnalyzers.forQuery(), IndexFields.NAME, "护照")).isEmpty();
		assertThat(ChineseAnalyzers.shingles(ChineseAnalyzers.forQuery(), IndexFields.NAME, "ABC居住证 2024"))
			.containsExactly("居住证");
	}

	@Test
	void thePassThatFindsShinglesGivesTheSameTermsAsTermsAlone() {
		for (String text : new String[] { "居住证申领", "居住 证明", "证", "ABC居住证 2024", "" }) {
			ChineseAnalyzers.TermsAndShingles both = ChineseAnalyzers.termsAndShingles(ChineseAnalyzers.forQuery(),
					IndexFields.NAME, text);
			assertThat(both.terms()).as(text)
				.isEqualTo(ChineseAnalyzers.terms(ChineseAnalyzers.forQuery(), IndexFields.NAME, text));
		}
	}

	@Test
	void theSuggestionFieldIndexesEveryPrefixOfTheWholeName() {
		assertThat(ChineseAnalyzers.terms(ChineseAnalyzers.forIndex(), IndexFields.SUGGEST, "护照签发"))
			.containsExactlyInAnyOrder("护", "护照", "护照签", "护照签发");
		assertThat(ChineseAnalyzers.terms(ChineseAnalyzers.forPrefix(), IndexFields.SUGGEST, "护照签"))
			.containsExactly("护照签");
	}

}
