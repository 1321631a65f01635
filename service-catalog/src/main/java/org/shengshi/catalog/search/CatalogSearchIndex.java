package org.shengshi.catalog.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.shengshi.catalog.validation.ValidationException;
import org.shengshi.catalog.validation.Violations;

/**
 * The search index of one replica: in memory, rebuilt from the database's published items
 * at start ({@link #rebuild}) and kept current from publishing events ({@link #upsert},
 * {@link #remove}). Updates are idempotent and ordered by version, so an event replayed
 * or delivered twice has no second effect and an older version never replaces a newer
 * one. Searches run concurrently with updates; updates are serialised. At most a given
 * number of searches run at once, the others wait their turn ({@link SearchGate}).
 * Thread-safe.
 */
public final class CatalogSearchIndex implements Closeable {

	/** Most suggestions returned at once. */
	public static final int MAX_SUGGESTIONS = 20;

	/** Longest wait for a turn to search by default. */
	public static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(2);

	private static final int MAX_ACQUIRE_ATTEMPTS = 3;

	private final SynonymDictionary synonyms;

	private final DocumentMapper mapper;

	private final QueryFactory queries = new QueryFactory();

	private final SearchGate gate;

	private final Object writeLock = new Object();

	/** Documents in the index by item id. */
	private final Map<String, SearchDocument> live = new ConcurrentHashMap<>();

	/** Highest version seen per item id, including removed ones. */
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	private volatile IndexGeneration generation;

	/**
	 * An index letting as many searches run at once as there are processors, each waiting
	 * at most {@link #DEFAULT_QUEUE_TIMEOUT} for its turn.
	 */
	public CatalogSearchIndex(SynonymDictionary synonyms) {
		this(synonyms, new SearchGate(Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_TIMEOUT));
	}

	/**
	 * An index whose searches take turns through {@code gate}
	 * ({@link SearchBusyException} when none comes in time).
	 */
	public CatalogSearchIndex(SynonymDictionary synonyms, SearchGate gate) {
		this.gate = gate;
		this.synonyms = synonyms;
		this.mapper = new DocumentMapper(synonyms);
		this.generation = newGeneration();
	}

	/**
	 * Replaces the whole index with {@code documents} (the latest version of each id
	 * wins).
	 */
	public void rebuild(Collection<SearchDocument> documents) {
		Map<String, SearchDocument> latest = new LinkedHashMap<>();
		for (SearchDocument document : documents) {
			latest.merge(document.id(), document, (a, b) -> (b.version() >= a.version()) ? b : a);
		}
		synchronized (this.writeLock) {
			// under the lock: the field-length averages adopted here are also read by
			// upserts
			List<Document> docs = this.mapper.toDocuments(latest.values());
			IndexGeneration fresh = newGeneration();
			try {
				fresh.addAll(docs);
			}
			catch (IOException ex) {
				closeQuietly(fresh);
				throw new UncheckedIOException(ex);
			}
			// a search running meanwhile looks its hits up in live: every id of either
			// generation stays there until the fresh one is in place
			this.live.putAll(latest);
			IndexGeneration old = this.generation;
			this.generation = fresh;
			this.live.keySet().retainAll(latest.keySet());
			this.versions.clear();
			latest.forEach((id, document) -> this.versions.put(id, document.version()));
			closeQuietly(old);
		}
	}

	/**
	 * Adds or replaces the item's document; ignored when a newer version is already
	 * known.
	 * @return whether the index changed
	 */
	public boolean upsert(SearchDocument document) {
		synchronized (this.writeLock) {
			if (this.versions.getOrDefault(document.id(), 0) > document.version()) {
				return false;
			}
			write(() -> this.generation.put(document.id(), this.mapper.toDocument(document)));
			this.live.put(document.id(), document);
			this.versions.put(document.id(), document.version());
			return true;
		}
	}

	/**
	 * Removes the item (suspended, retired); ignored when a newer version is already
	 * known.
	 * @return whether the index changed
	 */
	public boolean remove(String itemId, int version) {
		synchronized (this.writeLock) {
			if (this.versions.getOrDefault(itemId, 0) > version) {
				return false;
			}
			this.versions.put(itemId, version);
			if (this.live.remove(itemId) == null) {
				return false;
			}
			write(() -> this.generation.delete(itemId));
			return true;
		}
	}

	/**
	 * Sets new popularity figures (item id → e.g. applications in 30 days) and reindexes.
	 */
	public void updatePopularity(Map<String, Long> popularityById) {
		synchronized (this.writeLock) {
			for (Map.Entry<String, Long> entry : popularityById.entrySet()) {
				SearchDocument current = this.live.get(entry.getKey());
				if (current != null && current.popularity() != entry.getValue()) {
					SearchDocument updated = current.withPopularity(entry.getValue());
					write(() -> this.generation.put(updated.id(), this.mapper.toDocument(updated)));
					this.live.put(updated.id(), updated);
				}
			}
		}
	}

	/**
	 * Runs a search.
	 * @throws ValidationException ({@code SEARCH_REQUEST_INVALID}) for a bad request
	 * @throws SearchBusyException when no turn to search came within the queue timeout
	 */
	public SearchPage search(SearchRequest request) {
		request.requireValid();
		List<String> expansions = request.text().isEmpty() ? List.of() : this.synonyms.expand(request.text());
		int from = request.page() * request.size();
		Query query = this.queries.search(request.text(), expansions, request.filters(), false);
		TopDocsPage found = topDocs(query, from + request.size());
		boolean approximate = false;
		if (found.total() == 0 && !request.text().isEmpty()) {
			approximate = true;
			found = topDocs(this.queries.search(request.text(), expansions, request.filters(), true),
					from + request.size());
		}
		List<SearchHit> hits = found.hits().subList(Math.min(from, found.hits().size()), found.hits().size());
		return new SearchPage(hits, found.total(), request.page(), request.size(), expansions, approximate);
	}

	/** The most popular items within {@code filters}. */
	public SearchPage popular(SearchFilters filters, int size) {
		return search(new SearchRequest("", filters, 0, size));
	}

	/**
	 * Item names completing what the user has typed so far: names (and aliases) starting
	 * with it first, then names containing it; one suggestion per distinct name.
	 * @throws SearchBusyException when no turn to search came within the queue timeout
	 */
	public List<Suggestion> suggest(String typed, SearchFilters filters, int limit) {
		String prefix = (typed != null) ? typed.strip() : "";
		Violations violations = new Violations();
		violations.check(prefix.length() <= SearchRequest.MAX_TEXT, "q", "SEARCH_QUERY_TOO_LONG", "输入内容过长");
		violations.check(limit >= 1 && limit <= MAX_SUGGESTIONS, "limit", "SUGGEST_LIMIT_INVALID",
				"建议条数须在1到" + MAX_SUGGESTIONS + "之间");
		violations.addAll("", new SearchRequest("", filters, 0, 1).problems());
		if (!violations.isEmpty()) {
			throw new ValidationException("SEARCH_REQUEST_INVALID", violations.toList());
		}
		if (prefix.isEmpty()) {
			return List.of();
		}
		TopDocsPage found = topDocs(this.queries.suggest(prefix, filters), limit * 4);
		Map<String, Suggestion> byName = new LinkedHashMap<>();
		for (SearchHit hit : found.hits()) {
			byName.putIfAbsent(hit.name(), new Suggestion(hit.name(), hit.id()));
		}
		return byName.values().stream().limit(limit).toList();
	}

	/** Number of items in the index. */
	public int size() {
		return this.live.size();
	}

	/** The fingerprint of what the index holds, to compare with the database's. */
	public IndexFingerprint fingerprint() {
		Map<String, Integer> held = new HashMap<>();
		this.live.forEach((id, document) -> held.put(id, document.version()));
		return IndexFingerprint.of(held);
	}

	@Override
	public void close() {
		synchronized (this.writeLock) {
			closeQuietly(this.generation);
		}
	}

	private record TopDocsPage(List<SearchHit> hits, long total) {
	}

	private TopDocsPage topDocs(Query query, int count) {
		return this.gate.run(() -> topDocsNow(query, count));
	}

	private TopDocsPage topDocsNow(Query query, int count) {
		for (int attempt = 1;; attempt++) {
			IndexGeneration current = this.generation;
			try {
				IndexSearcher searcher = current.acquire();
				try {
					// every match is counted and scored: skipping by score bounds costs
					// more than it saves at a few hundred matches (ADR 0024)
					TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(count, Integer.MAX_VALUE));
					List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
					List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
					for (ScoreDoc scoreDoc : top.scoreDocs) {
						SearchDocument document = this.live.get(id(leaves, scoreDoc.doc));
						if (document != null) {
							hits.add(DocumentMapper.toHit(document, scoreDoc.score));
						}
					}
					return new TopDocsPage(hits, top.totalHits.value);
				}
				finally {
					current.release(searcher);
				}
			}
			catch (AlreadyClosedException ex) {
				if (attempt >= MAX_ACQUIRE_ATTEMPTS) {
					throw ex;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * The item id of a hit, from doc values. The result line is then built from the
	 * document last given for that id ({@link #live}); an item removed since the search
	 * began is left out.
	 */
	private static String id(List<LeafReaderContext> leaves, int doc) throws IOException {
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("an indexed document without an id");
		}
		return ids.lookupOrd(ids.ordValue()).utf8ToString();
	}

	private interface IndexWrite {

		void run() throws IOException;

	}

	private static void write(IndexWrite write) {
		try {
			write.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static IndexGeneration newGeneration() {
		try {
			return new IndexGeneration();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeQuietly(IndexGeneration generation) {
		try {
			generation.close();
		}
		catch (IOException | RuntimeException ex) {
			// the old in-memory generation is garbage either way
		}
	}

}
