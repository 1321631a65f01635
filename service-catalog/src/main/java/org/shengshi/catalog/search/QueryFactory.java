package org.shengshi.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.shengshi.catalog.item.ItemCode;
import org.shengshi.catalog.reference.RegionCode;

/**
 * Builds the Lucene queries. Relevance: every query bigram is looked up once, in the
 * field holding each item's weight for it, that of its best field among name ≫ aliases ≫
 * themes ≫ department ({@link BestFieldWeights}); materials and conditions add a little;
 * a document must match most of the bigrams; a name containing every three characters in
 * a row of the query's Han runs gets a phrase bonus; synonym expansions are alternatives
 * at a slightly lower weight; popularity adds a bounded saturation score. Filters never
 * score.
 */
final class QueryFactory {

	static final float BODY_BOOST = 0.5f;

	static final float NAME_PHRASE_BOOST = 4f;

	static final float EXPANSION_WEIGHT = 0.8f;

	static final float CODE_BOOST = 100f;

	/**
	 * Most the popularity feature can add: less than one name bigram match, so it orders
	 * items of about equal relevance and never lifts a poor match over a good one.
	 */
	static final float POPULARITY_WEIGHT = 6f;

	/** Popularity at which half of {@link #POPULARITY_WEIGHT} is reached. */
	static final float POPULARITY_PIVOT = 2000f;

	static final float PREFIX_BOOST = 10f;

	private static final float DISMAX_TIE = 0.1f;

	private final Analyzer queryAnalyzer = ChineseAnalyzers.forQuery();

	private final Analyzer prefixAnalyzer = ChineseAnalyzers.forPrefix();

	/**
	 * The search query; {@code relaxed} accepts documents matching any one bigram (the
	 * fallback for long conversational queries that match nothing strictly).
	 */
	Query search(String text, List<String> expansions, SearchFilters filters, boolean relaxed) {
		BooleanQuery.Builder top = new BooleanQuery.Builder();
		if (text.isEmpty()) {
			top.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			top.add(textQuery(text, expansions, relaxed), Occur.MUST);
		}
		top.add(popularity(), Occur.SHOULD);
		filters(filters).forEach((filter) -> top.add(filter, Occur.FILTER));
		return top.build();
	}

	Query suggest(String prefix, SearchFilters filters) {
		BooleanQuery.Builder matches = new BooleanQuery.Builder();
		List<String> whole = ChineseAnalyzers.terms(this.prefixAnalyzer, IndexFields.SUGGEST, prefix);
		if (whole.size() == 1 && whole.get(0).length() <= ChineseAnalyzers.MAX_PREFIX) {
			matches.add(new BoostQuery(new TermQuery(new Term(IndexFields.SUGGEST, whole.get(0))), PREFIX_BOOST),
					Occur.SHOULD);
		}
		List<String> bigrams = distinct(ChineseAnalyzers.terms(this.queryAnalyzer, IndexFields.NAME, prefix));
		if (!bigrams.isEmpty()) {
			BooleanQuery.Builder infix = new BooleanQuery.Builder();
			bigrams.forEach((term) -> infix.add(new TermQuery(new Term(IndexFields.NAME, term)), Occur.MUST));
			matches.add(infix.build(), Occur.SHOULD);
		}
		BooleanQuery.Builder top = new BooleanQuery.Builder();
		top.add(matches.build(), Occur.MUST);
		top.add(popularity(), Occur.SHOULD);
		filters(filters).forEach((filter) -> top.add(filter, Occur.FILTER));
		return top.build();
	}

	private Query textQuery(String text, List<String> expansions, boolean relaxed) {
		BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
		textClause(text, relaxed).ifPresent((query) -> alternatives.add(query, Occur.SHOULD));
		for (String expansion : expansions) {
			textClause(expansion, relaxed)
				.ifPresent((query) -> alternatives.add(new BoostQuery(query, EXPANSION_WEIGHT), Occur.SHOULD));
		}
		ItemCode.parse(text)
			.ifPresent((code) -> alternatives.add(
					new BoostQuery(new TermQuery(new Term(IndexFields.CODE, code.toString())), CODE_BOOST),
					Occur.SHOULD));
		BooleanQuery query = alternatives.build();
		return query.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable terms") : query;
	}

	private Optional<Query> textClause(String text, boolean relaxed) {
		ChineseAnalyzers.TermsAndShingles analysed = ChineseAnalyzers.termsAndShingles(this.queryAnalyzer,
				IndexFields.NAME, text);
		List<String> terms = distinct(analysed.terms());
		if (terms.isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder bigrams = new BooleanQuery.Builder();
		BooleanQuery.Builder body = new BooleanQuery.Builder();
		for (String term : terms) {
			bigrams.add(bestField(term, relaxed), Occur.SHOULD);
			body.add(boosted(IndexFields.BODY, term, BODY_BOOST), Occur.SHOULD);
		}
		bigrams.setMinimumNumberShouldMatch(relaxed ? 1 : minimumToMatch(terms.size()));
		BooleanQuery.Builder clause = new BooleanQuery.Builder();
		clause.add(bigrams.build(), Occur.MUST);
		if (!relaxed) {
			clause.add(body.build(), Occur.SHOULD);
		}
		List<String> shingles = distinct(analysed.shingles());
		if (!shingles.isEmpty()) {
			BooleanQuery.Builder phrase = new BooleanQuery.Builder();
			shingles.forEach((shingle) -> phrase.add(term(IndexFields.NAME_SHINGLES, shingle), Occur.MUST));
			clause.add(new BoostQuery(phrase.build(), NAME_PHRASE_BOOST), Occur.SHOULD);
		}
		return Optional.of(clause.build());
	}

	/** How many of {@code terms} distinct bigrams a document must contain. */
	static int minimumToMatch(int terms) {
		return (terms <= 2) ? 1 : (int) Math.ceil(terms * 0.6);
	}

	/**
	 * One bigram's weight for the item, from its best field. Materials and conditions
	 * only add to the score of an item found by its name, aliases, themes or department
	 * (every item needs 居民身份证, so matching on them would find everything), except in the
	 * relaxed fallback.
	 */
	private static Query bestField(String term, boolean includeBody) {
		Query weighted = new TermQuery(new Term(IndexFields.WEIGHTED, term));
		if (!includeBody) {
			return weighted;
		}
		return new DisjunctionMaxQuery(List.of(weighted, boosted(IndexFields.BODY, term, BODY_BOOST)), DISMAX_TIE);
	}

	private static Query boosted(String field, String term, float boost) {
		return new BoostQuery(new TermQuery(new Term(field, term)), boost);
	}

	private static Query popularity() {
		return FeatureField.newSaturationQuery(IndexFields.FEATURES, IndexFields.POPULARITY, POPULARITY_WEIGHT,
				POPULARITY_PIVOT);
	}

	static List<Query> filters(SearchFilters filters) {
		List<Query> queries = new ArrayList<>();
		if (filters.regionCode() != null) {
			queries.add(regionFilter(new RegionCode(filters.regionCode())));
		}
		if (filters.departmentCode() != null) {
			queries.add(term(IndexFields.DEPARTMENT, filters.departmentCode()));
		}
		if (filters.theme() != null) {
			queries.add(term(IndexFields.THEME, filters.theme().name()));
		}
		if (filters.audience() != null) {
			queries.add(term(IndexFields.AUDIENCE, filters.audience().name()));
		}
		if (filters.itemType() != null) {
			queries.add(term(IndexFields.TYPE, filters.itemType().code()));
		}
		if (filters.onlineOnly()) {
			queries.add(term(IndexFields.ONLINE, IndexFields.YES));
		}
		if (filters.zeroVisitsOnly()) {
			queries.add(IntPoint.newExactQuery(IndexFields.VISITS, 0));
		}
		if (filters.instantOnly()) {
			queries.add(term(IndexFields.INSTANT, IndexFields.YES));
		}
		return queries;
	}

	/** Items inside the region, or of a region containing it. */
	private static Query regionFilter(RegionCode region) {
		BooleanQuery.Builder sameBranch = new BooleanQuery.Builder();
		sameBranch.add(term(IndexFields.REGION_PATH, region.value()), Occur.SHOULD);
		for (RegionCode ancestor : region.selfAndAncestors()) {
			sameBranch.add(term(IndexFields.REGION, ancestor.value()), Occur.SHOULD);
		}
		return sameBranch.build();
	}

	private static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

	private static List<String> distinct(List<String> terms) {
		return List.copyOf(new LinkedHashSet<>(terms));
	}

}
