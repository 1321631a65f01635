package org.shengshi.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.ItemType;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedItem;
import org.shengshi.catalog.seed.SeedLoader;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogSearchIndexTest {

	private static SeedCatalog seed;

	private static CatalogSearchIndex index;

	@BeforeAll
	static void indexTheSeed() {
		seed = new SeedLoader(CatalogFixtures.CERTIFICATE_TYPES).load();
		index = new CatalogSearchIndex(SynonymDictionary.bundled());
		index.rebuild(seed.searchDocuments());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private static ServiceItem item(String id) {
		return seed.item(id).map(SeedItem::item).orElseThrow();
	}

	private static SearchPage search(String text, SearchFilters filters) {
		return index.search(new SearchRequest(text, filters, 0, 50));
	}

	@Test
	void aDistrictResidentSeesDistrictCityAndProvinceItemsButNotOtherDistricts() {
		SearchPage page = search("结婚登记", SearchFilters.none().inRegion("440104"));
		assertThat(page.hits()).extracting(SearchHit::departmentCode).contains("440104-MZ").doesNotContain("440106-MZ");
		assertThat(search("养老资格认证", SearchFilters.none().inRegion("440104")).hits()).extracting(SearchHit::regionCode)
			.contains("440000");
		assertThat(search("", SearchFilters.none().inRegion("440104")).hits()).extracting(SearchHit::regionCode)
			.containsOnly("440104", "440100", "440000");
	}

	@Test
	void aCitySearchIncludesItsDistricts() {
		assertThat(search("结婚登记", SearchFilters.none().inRegion("440100")).hits()).extracting(SearchHit::departmentCode)
			.contains("440104-MZ", "440106-MZ");
	}

	@Test
	void filtersByDepartmentThemeAudienceTypeChannelVisitsAndInstant() {
		assertThat(search("", SearchFilters.none().ofDepartment("440100-CRJ")).hits())
			.extracting(SearchHit::departmentCode)
			.containsOnly("440100-CRJ");
		assertThat(search("", SearchFilters.none().withTheme(LifeEventTheme.BIRTH)).hits())
			.allSatisfy((hit) -> assertThat(item(hit.id()).themes()).contains(LifeEventTheme.BIRTH))
			.hasSizeGreaterThan(5);
		assertThat(search("登记", SearchFilters.none().forAudience(Audience.LEGAL_PERSON)).hits()).isNotEmpty()
			.allSatisfy((hit) -> assertThat(item(hit.id()).audiences()).contains(Audience.LEGAL_PERSON));
		assertThat(search("", SearchFilters.none().ofType(ItemType.ADMINISTRATIVE_LICENSING)).hits())
			.extracting(SearchHit::itemTypeCode)
			.containsOnly("XK");
		assertThat(search("", SearchFilters.none().withOnlineOnly()).hits()).extracting(SearchHit::online)
			.containsOnly(true);
		assertThat(search("证明", SearchFilters.none().withZeroVisitsOnly()).hits()).isNotEmpty()
			.extracting(SearchHit::visits)
			.containsOnly(0);
		assertThat(search("护照", SearchFilters.none().withZeroVisitsOnly()).hits()).isEmpty();
		assertThat(search("", SearchFilters.none().withInstantOnly()).hits()).extracting(SearchHit::instant)
			.containsOnly(true);
	}

	@Test
	void filtersDoNotChangeScores() {
		Map<String, Float> unfiltered = new HashMap<>();
		search("证明", SearchFilters.none()).hits().forEach((hit) -> unfiltered.put(hit.id(), hit.score()));
		List<SearchHit> filtered = search("证明", SearchFilters.none().ofDepartment("440100-GA")).hits()
			.stream()
			.filter((hit) -> unfiltered.containsKey(hit.id()))
			.toList();
		assertThat(filtered).hasSizeGreaterThan(2)
			.allSatisfy((hit) -> assertThat(hit.score()).isEqualTo(unfiltered.get(hit.id())));
	}

	@Test
	void anEmptyQueryBrowsesByPopularity() {
		List<SearchHit> hits = index.popular(SearchFilters.none(), 5).hits();
		long top = seed.items().stream().mapToLong(SeedItem::popularity).max().orElseThrow();
		assertThat(seed.item(hits.get(0).id()).orElseThrow().popularity()).isEqualTo(top);
		assertThat(hits).extracting((hit) -> seed.item(hit.id()).orElseThrow().popularity())
			.isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void pagesAreDisjointAndShareTheTotal() {
		SearchPage first = index.search(new SearchRequest("登记", SearchFilters.none(), 0, 5));
		SearchPage second = index.search(new SearchRequest("登记", SearchFilters.none(), 1, 5));
		assertThat(first.totalHits()).isEqualTo(second.totalHits()).isGreaterThan(10);
		assertThat(first.hits()).hasSize(5);
		assertThat(second.hits()).hasSize(5);
		assertThat(first.hits()).extracting(SearchHit::id).doesNotContainAnyElementsOf(ids(second.hits()));
		SearchPage beyond = index.search(new SearchRequest("登记", SearchFilters.none(), 39, 25));
		assertThat(beyond.hits()).isEmpty();
	}

	@Test
	void reportsSynonymExpansionsAndApproximateResults() {
		assertThat(index.search(SearchRequest.of("开公司")).expandedTo()).contains("有限责任公司设立登记");
		SearchPage conversational = index.search(SearchRequest.of("我要开一家餐馆"));
		assertThat(conversational.approximate()).isTrue();
		assertThat(conversational.hits()).extracting(SearchHit::name).contains("食品经营许可");
		assertThat(index.search(SearchRequest.of("护照")).approximate()).isFalse();
		assertThat(index.search(SearchRequest.of("！？。")).hits()).isEmpty();
	}

	@Test
	void refusesBadRequestsWithFieldErrors() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(
					() -> index.search(new SearchRequest("证".repeat(51), SearchFilters.none().inRegion("12"), -1, 0)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::code)
				.containsExactlyInAnyOrder("SEARCH_QUERY_TOO_LONG", "SEARCH_PAGE_SIZE_INVALID",
						"SEARCH_PAGE_OUT_OF_RANGE", "REGION_CODE_INVALID"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> index.search(new SearchRequest("证", SearchFilters.none(), 20, 50)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::code)
				.containsExactly("SEARCH_PAGE_OUT_OF_RANGE"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> index.suggest("证", SearchFilters.none().ofDepartment("GA"), 50))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::code)
				.containsExactlyInAnyOrder("SUGGEST_LIMIT_INVALID", "DEPARTMENT_CODE_INVALID"));
	}

	@Test
	void suggestsNamesStartingWithWhatWasTypedFirst() {
		assertThat(index.suggest("居住", SearchFilters.none(), 5)).extracting(Suggestion::text)
			.contains("居住证申领")
			.allMatch((text) -> text.startsWith("居住"));
		assertThat(index.suggest("居", SearchFilters.none(), 5).get(0).text()).startsWith("居");
		assertThat(index.suggest("护照", SearchFilters.none(), 5)).extracting(Suggestion::text).contains("普通护照签发");
	}

	@Test
	void suggestsFromAliasesAndColloquialNames() {
		assertThat(index.suggest("开公", SearchFilters.none(), 5)).extracting(Suggestion::text).contains("有限责任公司设立登记");
		assertThat(index.suggest("营业执", SearchFilters.none(), 5)).extracting(Suggestion::text).contains("有限责任公司设立登记");
	}

	@Test
	void suggestsEachNameOnceAndHonoursFilters() {
		List<Suggestion> marriage = index.suggest("结婚", SearchFilters.none(), 10);
		assertThat(marriage).extracting(Suggestion::text).doesNotHaveDuplicates().contains("内地居民结婚登记");
		assertThat(index.suggest("结婚", SearchFilters.none().inRegion("440104"), 10)).extracting(Suggestion::itemId)
			.contains("QR00401001@440104-MZ")
			.doesNotContain("QR00401001@440106-MZ");
		assertThat(index.suggest("  ", SearchFilters.none(), 5)).isEmpty();
	}

	@Test
	void appliesUpdatesInVersionOrderAndSurvivesRedelivery() {
		try (CatalogSearchIndex fresh = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			ServiceItem permit = CatalogFixtures.residencePermit();
			SearchDocument v1 = SearchDocument.of("item-1", 1, permit, "广州市公安局", 10);
			SearchDocument v2 = SearchDocument.of("item-1", 2, permit.toBuilder().name("居住证申领（新版）").build(), "广州市公安局",
					10);
			assertThat(fresh.upsert(v1)).isTrue();
			assertThat(fresh.upsert(v2)).isTrue();
			assertThat(fresh.upsert(v1)).as("an older version arriving late").isFalse();
			assertThat(names(fresh, "居住证")).containsExactly("居住证申领（新版）");
			assertThat(fresh.remove("item-1", 1)).as("an older removal arriving late").isFalse();
			assertThat(fresh.remove("item-1", 2)).isTrue();
			assertThat(fresh.remove("item-1", 2)).as("removal delivered twice").isFalse();
			assertThat(names(fresh, "居住证")).isEmpty();
			assertThat(fresh.upsert(v2)).as("resumed after suspension").isTrue();
			assertThat(names(fresh, "居住证")).containsExactly("居住证申领（新版）");
			assertThat(fresh.size()).isEqualTo(1);
		}
	}

	@Test
	void rebuildReplacesEverythingAndFingerprintsMatchTheDatabaseView() {
		try (CatalogSearchIndex fresh = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			ServiceItem permit = CatalogFixtures.residencePermit();
			fresh.upsert(SearchDocument.of("stale", 1, permit, "广州市公安局", 1));
			fresh.rebuild(List.of(SearchDocument.of("a", 3, permit, "广州市公安局", 1),
					SearchDocument.of("a", 2, permit.toBuilder().name("旧名称").build(), "广州市公安局", 1),
					SearchDocument.of("b", 1, permit, "广州市公安局", 1)));
			assertThat(fresh.size()).isEqualTo(2);
			assertThat(fresh.fingerprint()).isEqualTo(IndexFingerprint.of(Map.of("a", 3, "b", 1)))
				.isNotEqualTo(IndexFingerprint.of(Map.of("a", 2, "b", 1)));
			assertThat(fresh.upsert(SearchDocument.of("a", 2, permit, "广州市公安局", 1))).isFalse();
			assertThat(ids(fresh.search(SearchRequest.of("居住证")).hits())).containsExactlyInAnyOrder("a", "b");
		}
	}

	@Test
	void aNameHoldingTheQueryInOrderRanksAboveAShorterOneHoldingItsWordsApart() {
		try (CatalogSearchIndex fresh = new CatalogSearchIndex(SynonymDictionary.empty())) {
			ServiceItem permit = CatalogFixtures.residencePermit();
			fresh.rebuild(List.of(SearchDocument.of("apart", 1, permit.toBuilder().name("证明居住证").build(), "某局", 1),
					SearchDocument.of("in-order", 1, permit.toBuilder().name("居住证明材料核验").build(), "某局", 1)));

			assertThat(names(fresh, "居住证明")).containsExactly("居住证明材料核验", "证明居住证");
		}
	}

	@Test
	void totalsAreExactBeyondTheLastPageThatCanBeShown() {
		int items = SearchRequest.MAX_WINDOW + 234;
		try (CatalogSearchIndex fresh = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			ServiceItem permit = CatalogFixtures.residencePermit();
			List<SearchDocument> documents = new ArrayList<>();
			for (int i = 0; i < items; i++) {
				documents.add(SearchDocument.of("item-" + i, 1, permit, "广州市公安局", items - i));
			}
			fresh.rebuild(documents);
			assertThat(fresh.search(SearchRequest.of("居住证").page(0, 10)).totalHits()).isEqualTo(items);
			assertThat(fresh.popular(SearchFilters.none(), 10).totalHits()).isEqualTo(items);
		}
	}

	@Test
	void popularityUpdatesReorderTheBrowseList() {
		try (CatalogSearchIndex fresh = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			ServiceItem permit = CatalogFixtures.residencePermit();
			fresh.rebuild(List.of(SearchDocument.of("a", 1, permit, "广州市公安局", 10),
					SearchDocument.of("b", 1, permit, "广州市公安局", 5000)));
			assertThat(fresh.popular(SearchFilters.none(), 2).hits().get(0).id()).isEqualTo("b");
			fresh.updatePopularity(Map.of("a", 90_000L, "unknown", 7L));
			assertThat(fresh.popular(SearchFilters.none(), 2).hits().get(0).id()).isEqualTo("a");
		}
	}

	@Test
	void searchesRunWhileTheIndexIsUpdatedAndRebuilt() throws Exception {
		try (CatalogSearchIndex fresh = new CatalogSearchIndex(SynonymDictionary.bundled())) {
			List<SearchDocument> documents = seed.searchDocuments();
			fresh.rebuild(documents);
			ExecutorService pool = Executors.newFixedThreadPool(3);
			try {
				List<Future<Integer>> searchers = new ArrayList<>();
				for (int t = 0; t < 2; t++) {
					searchers.add(pool.submit(() -> {
						int found = 0;
						for (int i = 0; i < 300; i++) {
							found += fresh.search(SearchRequest.of("居住证")).hits().isEmpty() ? 0 : 1;
						}
						return found;
					}));
				}
				Future<?> writer = pool.submit(() -> {
					for (int i = 0; i < 5; i++) {
						fresh.rebuild(documents);
						documents.subList(0, 20).forEach(fresh::upsert);
					}
				});
				writer.get(60, TimeUnit.SECONDS);
				for (Future<Integer> searcher : searchers) {
					assertThat(searcher.get(60, TimeUnit.SECONDS)).isEqualTo(300);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(fresh.size()).isEqualTo(documents.size());
		}
	}

	private static List<String> names(CatalogSearchIndex searchIndex, String query) {
		return searchIndex.search(SearchRequest.of(query)).hits().stream().map(SearchHit::name).toList();
	}

	private static Set<String> ids(List<SearchHit> hits) {
		return Set.copyOf(hits.stream().map(SearchHit::id).toList());
	}

}
