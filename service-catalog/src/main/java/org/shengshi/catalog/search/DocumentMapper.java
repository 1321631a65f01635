package org.shengshi.catalog.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.reference.RegionCode;

/**
 * Turns a {@link SearchDocument} into a Lucene document and a stored document into a hit.
 */
final class DocumentMapper {

	private final SynonymDictionary synonyms;

	DocumentMapper(SynonymDictionary synonyms) {
		this.synonyms = synonyms;
	}

	Document toDocument(SearchDocument source) {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, source.id(), Field.Store.NO));
		doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(source.id())));
		doc.add(new StringField(IndexFields.CODE, source.code(), Field.Store.NO));
		doc.add(new TextField(IndexFields.NAME, source.name(), Field.Store.NO));
		doc.add(new TextField(IndexFields.SUGGEST, source.name(), Field.Store.NO));
		for (String alias : aliases(source)) {
			doc.add(new TextField(IndexFields.ALIASES, alias, Field.Store.NO));
			doc.add(new TextField(IndexFields.SUGGEST, alias, Field.Store.NO));
		}
		for (LifeEventTheme theme : source.themes()) {
			doc.add(new TextField(IndexFields.THEMES, theme.label(), Field.Store.NO));
			doc.add(new StringField(IndexFields.THEME, theme.name(), Field.Store.NO));
		}
		if (source.departmentName() != null) {
			doc.add(new TextField(IndexFields.ORG, source.departmentName(), Field.Store.NO));
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

}
