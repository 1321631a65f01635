package org.shengshi.catalog.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SynonymDictionaryTest {

	private final SynonymDictionary dictionary = SynonymDictionary.parse(
			List.of("# comment", "", "办身份证, 身份证丢了 => 居民身份证换领, 居民身份证补领", "社保卡，社会保障卡  # full-width comma", "生孩子 => 出生"));

	@Test
	void widensAColloquialQueryToTheStandardTerms() {
		assertThat(this.dictionary.expand("我要办身份证")).containsExactly("居民身份证换领", "居民身份证补领");
		assertThat(this.dictionary.expand("生孩子")).containsExactly("出生");
	}

	@Test
	void equivalentTermsWidenBothWays() {
		assertThat(this.dictionary.expand("社保卡")).containsExactly("社会保障卡");
		assertThat(this.dictionary.expand("社会保障卡申领")).containsExactly("社保卡");
	}

	@Test
	void addsNothingForUnknownQueries() {
		assertThat(this.dictionary.expand("护照")).isEmpty();
	}

	@Test
	void findsTheColloquialNamesOfAnItem() {
		assertThat(this.dictionary.colloquialTermsFor("出生医学证明首次签发")).containsExactly("生孩子");
		assertThat(this.dictionary.colloquialTermsFor("居民身份证换领")).containsExactly("办身份证", "身份证丢了");
	}

	@Test
	void refusesMalformedLinesNamingTheLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymDictionary.parse(List.of("a => b => c")))
			.withMessageContaining("line 1");
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymDictionary.parse(List.of("ok, fine", "lonely")))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymDictionary.parse(List.of("a, , b")))
			.withMessageContaining("empty term");
	}

	@Test
	void theBundledDictionaryHasAtLeastFortyEntries() {
		SynonymDictionary bundled = SynonymDictionary.bundled();
		assertThat(bundled.size()).isGreaterThanOrEqualTo(40);
		assertThat(bundled.expand("办身份证")).contains("居民身份证换领");
		assertThat(bundled.expand("开公司")).contains("企业开办");
		assertThat(bundled.expand("公积金")).contains("住房公积金");
		assertThat(bundled.expand("社保卡")).contains("社会保障卡");
		assertThat(bundled.expand("生孩子")).contains("出生");
	}

}
