package org.shengshi.catalog.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * One in-memory index: directory, writer and a near-real-time searcher manager. A rebuild
 * fills a new generation and swaps it in; searches hold a reference-counted searcher, so
 * the old one closes only when they are done.
 */
final class IndexGeneration implements Closeable {

	private static final Similarity SIMILARITY = new WeightedFieldSimilarity();

	/**
	 * Each file in one buffer once written: a search clones its inputs for every term it
	 * looks up, and a file kept as many small buffers is cloned buffer by buffer (ADR
	 * 0024).
	 */
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
			ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);

	private final IndexWriter writer;

	private final SearcherManager searchers;

	IndexGeneration() throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(ChineseAnalyzers.forIndex());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		config.setRAMBufferSizeMB(32);
		config.setCommitOnClose(false);
		config.setSimilarity(SIMILARITY);
		this.writer = new IndexWriter(this.directory, config);
		this.searchers = new SearcherManager(this.writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setSimilarity(SIMILARITY);
				return searcher;
			}
		});
	}

	void addAll(Collection<Document> documents) throws IOException {
		this.writer.addDocuments(documents);
		this.writer.forceMerge(1);
		this.searchers.maybeRefreshBlocking();
	}

	void put(String id, Document document) throws IOException {
		this.writer.updateDocument(new Term(IndexFields.ID, id), document);
		this.searchers.maybeRefreshBlocking();
	}

	void delete(String id) throws IOException {
		this.writer.deleteDocuments(new Term(IndexFields.ID, id));
		this.searchers.maybeRefreshBlocking();
	}

	IndexSearcher acquire() throws IOException {
		return this.searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.rollback();
		this.directory.close();
	}

}
