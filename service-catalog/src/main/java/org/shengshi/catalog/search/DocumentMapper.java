package org.shengshi.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.reference.RegionCode;

/**
 * Turns a {@link SearchDocument} into a Lucene document and a stored document into a hit.
 */
final class DocumentMapper {

	/** Terms with their weights as frequencies: no positions, no norms. */
	private static final FieldType WEIGHTED_FIELD = weightedFieldType();

	private final SynonymDictionary synonyms;

	private final BestFieldWeights weights = new BestFieldWeights();

	private final Analyzer bigrams = ChineseAnalyzers.forQuery();

	DocumentMapper(SynonymDictionary synonyms) {
		this.synonyms = synonyms;
	}

	private static FieldType weightedFieldType() {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.setOmitNorms(true);
		type.setTokenized(true);
		type.freeze();
		return type;
	}

	/**
	 * The documents of a whole rebuild: field lengths are normalised by their averages
	 * over these items from now on.
	 */
	List<Document> toDocuments(Collection<SearchDocument> sources) {
		List<Analysed> analysed = sources.stream().map(this::analyse).toList();
		this.weights.adoptAverages(analysed.stream().map(Analysed::terms).toList());
		List<Document> documents = new ArrayList<>(analysed.size());
		analysed.forEach((item) -> documents.add(toDocument(item)));
		return documents;
	}

	Document toDocument(SearchDocument source) {
		return toDocument(analyse(source));
	}

	private Analysed analyse(SearchDocument source) {
		Set<String> aliases = aliases(source);
		List<String> themes = source.themes().stream().map(LifeEventTheme::label).toList();
		List<String> org = (source.departmentName() != null) ? List.of(source.departmentName()) : List.of();
		return new Analysed(source, aliases, this.weights.analyze(List.of(source.name()), aliases, themes, org));
	}

	private Document toDocument(Analysed item) {
		SearchDocument source = item.source();
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, source.id(), Field.Store.NO));
		doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(source.id())));
		doc.add(new StringField(IndexFields.CODE, source.code(), Field.Store.NO));
		doc.add(new TextField(IndexFields.NAME, source.name(), Field.Store.NO));
		for (String shingle : new LinkedHashSet<>(
				ChineseAnalyzers.shingles(this.bigrams, IndexFields.NAME, source.name()))) {
			doc.add(new StringField(IndexFields.NAME_SHINGLES, shingle, Field.Store.NO));
		}
		doc.add(new TextField(IndexFields.SUGGEST, source.name(), Field.Store.NO));
		for (String alias : item.aliases()) {
			doc.add(new TextField(IndexFields.SUGGEST, alias, Field.Store.NO));
		}
		doc.add(new Field(IndexFields.WEIGHTED, new WeightedTerms(this.weights.weights(item.terms())), WEIGHTED_FIELD));
		for (LifeEventTheme theme : source.themes()) {
			doc.add(new StringField(IndexFields.THEME, theme.name(), Field.Store.NO));
		}
		for (String text : source.materials()) {
			doc.add(new TextField(IndexFields.BODY, text, Field.Store.NO));
		}
		for (String text : source.conditions()) {
			doc.add(new TextField(IndexFields.BODY, text, Field.Store.NO));
		}
		addFilterFields(source, doc);
		doc.add(new FeatureField(IndexFields.FEATURES, IndexFields.POPULARITY, popularityFeature(source)));
		return doc;
	}

	private static void addFilterFields(SearchDocument source, Document doc) {
		doc.add(new StringField(IndexFields.REGION, source.regionCode(), Field.Store.NO));
		RegionCode.parse(source.regionCode())
			.ifPresent((region) -> region.selfAndAncestors()
				.forEach((code) -> doc.add(new StringField(IndexFields.REGION_PATH, code.value(), Field.Store.NO))));
		doc.add(new StringField(IndexFields.DEPARTMENT, source.departmentCode(), Field.Store.NO));
		for (Audience audience : source.audiences()) {
			doc.add(new StringField(IndexFields.AUDIENCE, audience.name(), Field.Store.NO));
		}
		doc.add(new StringField(IndexFields.TYPE, source.itemType().code(), Field.Store.NO));
		doc.add(new StringField(IndexFields.ONLINE, flag(source.online()), Field.Store.NO));
		doc.add(new StringField(IndexFields.INSTANT, flag(source.instant()), Field.Store.NO));
		doc.add(new IntPoint(IndexFields.VISITS, source.visits()));
	}

	private Set<String> aliases(SearchDocument source) {
		Set<String> aliases = new LinkedHashSet<>(source.aliases());
		aliases.addAll(this.synonyms.colloquialTermsFor(source.name()));
		for (String alias : source.aliases()) {
			aliases.addAll(this.synonyms.colloquialTermsFor(alias));
		}
		return aliases;
	}

	/**
	 * Feature values must be positive; a little above 1 keeps never-used items rankable.
	 */
	private static float popularityFeature(SearchDocument source) {
		return (float) (1 + Math.min(source.popularity(), 1_000_000_000L));
	}

	private static String flag(boolean value) {
		return value ? IndexFields.YES : IndexFields.NO;
	}

	/**
	 * A result line from the document the index was given: the index stores nothing but
	 * the id (as doc values), so a page of results reads no stored fields.
	 */
	static SearchHit toHit(SearchDocument source, float score) {
		return new SearchHit(source.id(), source.version(), source.code(), source.name(), source.departmentCode(),
				source.regionCode(), source.itemType().code(), source.online(), source.visits(), source.instant(),
				score);
	}

	/**
	 * An item with its aliases (its own and the colloquial names of the synonym rules,
	 * looked up once) and its terms per field.
	 */
	private record Analysed(SearchDocument source, Set<String> aliases, BestFieldWeights.FieldTerms terms) {
	}

	/** Each term once, its weight as its frequency. */
	private static final class WeightedTerms extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

		private final Map<String, Integer> weights;

		private Iterator<Map.Entry<String, Integer>> next;

		WeightedTerms(Map<String, Integer> weights) {
			this.weights = weights;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = this.weights.entrySet().iterator();
		}

		@Override
		public boolean incrementToken() {
			if (!this.next.hasNext()) {
				return false;
			}
			clearAttributes();
			Map.Entry<String, Integer> entry = this.next.next();
			this.term.setEmpty().append(entry.getKey());
			this.frequency.setTermFrequency(entry.getValue());
			return true;
		}

	}

}
