package org.shengshi.catalog.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
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
		doc.add(new StringField(IndexFields.ID, source.id(), Field.Store.YES));
		doc.add(new StoredField(IndexFields.VERSION, source.version()));
		doc.add(new StringField(IndexFields.CODE, source.code(), Field.Store.YES));
		doc.add(new TextField(IndexFields.NAME, source.name(), Field.Store.YES));
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
		doc.add(new StringField(IndexFields.REGION, source.regionCode(), Field.Store.YES));
		RegionCode.parse(source.regionCode())
			.ifPresent((region) -> region.selfAndAncestors()
				.forEach((code) -> doc.add(new StringField(IndexFields.REGION_PATH, code.value(), Field.Store.NO))));
		doc.add(new StringField(IndexFields.DEPARTMENT, source.departmentCode(), Field.Store.YES));
		for (Audience audience : source.audiences()) {
			doc.add(new StringField(IndexFields.AUDIENCE, audience.name(), Field.Store.NO));
		}
		doc.add(new StringField(IndexFields.TYPE, source.itemType().code(), Field.Store.YES));
		doc.add(new StringField(IndexFields.ONLINE, flag(source.online()), Field.Store.YES));
		doc.add(new StringField(IndexFields.INSTANT, flag(source.instant()), Field.Store.YES));
		doc.add(new IntPoint(IndexFields.VISITS, source.visits()));
		doc.add(new StoredField(IndexFields.VISITS, source.visits()));
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

	static SearchHit toHit(Document doc, float score) {
		return new SearchHit(doc.get(IndexFields.ID), doc.getField(IndexFields.VERSION).numericValue().intValue(),
				doc.get(IndexFields.CODE), doc.get(IndexFields.NAME), doc.get(IndexFields.DEPARTMENT),
				doc.get(IndexFields.REGION), doc.get(IndexFields.TYPE),
				IndexFields.YES.equals(doc.get(IndexFields.ONLINE)),
				doc.getField(IndexFields.VISITS).numericValue().intValue(),
				IndexFields.YES.equals(doc.get(IndexFields.INSTANT)), score);
	}

}
