package org.shengshi.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analyzers of the catalog index. Text is split by {@link StandardTokenizer} (one
 * token per Han character, words for Latin and digits), width-folded and lower-cased,
 * then Han runs are joined into overlapping bigrams ({@link CJKBigramFilter}). The index
 * side also keeps the unigrams, so a one-character query still matches; the query side
 * uses bigrams only for precision (a one-character query yields its unigram). The
 * suggestion field indexes edge n-grams of whole names, so a typed prefix matches with
 * one term lookup.
 */
final class ChineseAnalyzers {

	/** Longest prefix indexed for suggestions. */
	static final int MAX_PREFIX = 20;

	private ChineseAnalyzers() {
	}

	/**
	 * Index-time analyzer: bigrams plus unigrams; edge n-grams for the suggestion field.
	 */
	static Analyzer forIndex() {
		return new PerFieldAnalyzerWrapper(new BigramAnalyzer(true),
				Map.of(IndexFields.SUGGEST, new PrefixAnalyzer(true)));
	}

	/** Query-time analyzer for the text fields: bigrams only. */
	static Analyzer forQuery() {
		return new BigramAnalyzer(false);
	}

	/**
	 * Normaliser for typed prefixes: the whole input as one width-folded, lower-cased
	 * term.
	 */
	static Analyzer forPrefix() {
		return new PrefixAnalyzer(false);
	}

	/** The terms {@code analyzer} makes of {@code text}, in order, repeats included. */
	static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * Every three characters in a row of the Han runs in {@code text}: two bigrams that
	 * overlap (the second starts one character after the first), joined. "居住证申领" gives
	 * 居住证, 住证申, 证申领; "居住 证明" gives none, since its bigrams do not overlap. Matching all
	 * of a query's shingles in a name is the name-phrase bonus, without reading
	 * positions.
	 */
	static List<String> shingles(Analyzer bigrams, String field, String text) {
		return termsAndShingles(bigrams, field, text).shingles();
	}

	/**
	 * The {@link #terms} and the {@link #shingles} of {@code text} from one pass of
	 * {@code bigrams} over it.
	 */
	static TermsAndShingles termsAndShingles(Analyzer bigrams, String field, String text) {
		List<String> terms = new ArrayList<>();
		List<String> shingles = new ArrayList<>();
		try (TokenStream stream = bigrams.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			String previous = null;
			int previousStart = -2;
			while (stream.incrementToken()) {
				String current = term.toString();
				terms.add(current);
				boolean overlaps = previous != null && previous.length() == 2 && current.length() == 2
						&& offset.startOffset() == previousStart + 1;
				if (overlaps) {
					shingles.add(previous + current.charAt(1));
				}
				previous = current;
				previousStart = offset.startOffset();
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TermsAndShingles(terms, shingles);
	}

	/** A text's terms and shingles, in order, repeats included. */
	record TermsAndShingles(List<String> terms, List<String> shingles) {
	}

	private static final class BigramAnalyzer extends Analyzer {

		private final boolean unigrams;

		BigramAnalyzer(boolean unigrams) {
			this.unigrams = unigrams;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
			int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
					| CJKBigramFilter.HANGUL;
			return new TokenStreamComponents(source, new CJKBigramFilter(stream, scripts, this.unigrams));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(new CJKWidthFilter(in));
		}

	}

	private static final class PrefixAnalyzer extends Analyzer {

		private final boolean edgeGrams;

		PrefixAnalyzer(boolean edgeGrams) {
			this.edgeGrams = edgeGrams;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new KeywordTokenizer();
			TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
			if (this.edgeGrams) {
				stream = new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
			}
			return new TokenStreamComponents(source, stream);
		}

	}

}
