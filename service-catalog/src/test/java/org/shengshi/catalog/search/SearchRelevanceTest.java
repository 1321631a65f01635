package org.shengshi.catalog.search;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance over the seed catalog: for each query (standard names, partial names and
 * colloquial ones) one of the expected items is among the first three results.
 */
class SearchRelevanceTest {

	private static CatalogSearchIndex index;

	@BeforeAll
	static void indexTheSeed() {
		index = new CatalogSearchIndex(SynonymDictionary.bundled());
		index.rebuild(new SeedLoader(CatalogFixtures.CERTIFICATE_TYPES).load().searchDocuments());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "居住证|QR00103001@440100-GA",
			"办身份证|QR00101001@440100-GA,QR00101002@440100-GA,QR00101003@440100-GA", "身份证丢了|QR00101003@440100-GA",
			"护照|XK00301001@440100-CRJ", "营业执照|XK00801001@440100-SJ,XK00802001@440100-SJ",
			"结婚登记|QR00401001@440106-MZ,QR00401001@440104-MZ", "养老资格认证|GG00514000@440000-RS",
			"刷脸认证|GG00514000@440000-RS", "公积金提取|GG01301001@440100-GJJ,GG01301002@440100-GJJ,GG01301003@440100-GJJ",
			"出生医学证明|GG01001001@440100-WJ", "社保卡|GG00503001@440100-RS", "驾驶证换证|XK00201002@440100-JJ",
			"驾照到期|XK00201002@440100-JJ",
			"不动产登记|QR00701001@440100-BDC,QR00701002@440100-BDC,GG00704000@440100-BDC,QR00705000@440100-BDC",
			"个税|QT01201000@440100-SW,GG01208000@440000-SW",
			"生孩子|GG01001001@440100-WJ,QR00104001@440100-GA,GG01002000@440100-WJ,JF00602000@440100-YB",
			"开公司|XK00801001@440100-SJ", "港澳通行证|XK00302001@440100-CRJ", "失业金|JF00501000@440100-RS",
			"异地就医|GG00601000@440100-YB", "二手房过户|QR00701001@440100-BDC", "新生儿入户|QR00104001@440100-GA",
			"无犯罪证明|GG00105000@440100-GA", "小学报名|GG01101001@440106-JY", "公租房|JF01401000@440100-ZJ",
			"办退休|JF00504000@440100-RS", "网约车|XK00901001@440100-JT,XK00901002@440100-JT", "残疾证|QR01501000@440100-CL",
			"低保|JF00402000@440100-MZ", "契税|ZS01205000@440100-SW", "年检|QR00203000@440100-JJ",
			"医保报销|JF00605000@440100-YB", "教师资格证|XK01102000@440100-JY", "食品经营许可|XK00803001@440100-SJ",
			"公积金|GG01301001@440100-GJJ,GG01301002@440100-GJJ,GG01302000@440100-GJJ", "住房公积金贷款|GG01302000@440100-GJJ",
			"生育津贴|JF00602000@440100-YB", "老人卡|GG00905000@440100-JT", "QR00103001|QR00103001@440100-GA" })
	void findsTheExpectedItemInTheTopThree(String query, String expected) {
		List<String> expectedIds = Arrays.asList(expected.split(","));
		List<String> top = index.search(SearchRequest.of(query).page(0, 3)).hits().stream().map(SearchHit::id).toList();
		assertThat(top).as("top 3 for %s", query).containsAnyElementsOf(expectedIds);
	}

}
