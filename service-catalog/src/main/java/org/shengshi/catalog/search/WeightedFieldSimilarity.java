package org.shengshi.catalog.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The index's scoring: BM25 for every field but {@link IndexFields#WEIGHTED}, whose
 * stored term frequency is already the term's weight for the item
 * ({@link BestFieldWeights}); there a match scores the weight times the term's rarity
 * (BM25's inverse document frequency over the items having the field).
 */
final class WeightedFieldSimilarity extends PerFieldSimilarityWrapper {

	private final Similarity bm25 = new BM25Similarity();

	private final Similarity weighted = new Weighted();

	@Override
	public Similarity get(String field) {
		return IndexFields.WEIGHTED.equals(field) ? this.weighted : this.bm25;
	}

	private static final class Weighted extends Similarity {

		@Override
		public long computeNorm(FieldInvertState state) {
			// the field is indexed without norms
			return 1;
		}

		@Override
		public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
			double idf = 0;
			for (TermStatistics term : terms) {
				idf += Math.log(1 + (collection.docCount() - term.docFreq() + 0.5) / (term.docFreq() + 0.5));
			}
			float factor = (float) (boost * idf / BestFieldWeights.SCALE);
			return new SimScorer() {
				@Override
				public float score(float freq, long norm) {
					return factor * freq;
				}
			};
		}

	}

}
