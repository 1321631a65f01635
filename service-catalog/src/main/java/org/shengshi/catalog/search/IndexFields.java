package org.shengshi.catalog.search;

/** Field names of the catalog index. */
final class IndexFields {

	static final String ID = "id";

	static final String VERSION = "version";

	static final String CODE = "code";

	static final String NAME = "name";

	/**
	 * The terms of name, aliases, themes and department with their weights
	 * ({@link BestFieldWeights}).
	 */
	static final String WEIGHTED = "weighted";

	static final String BODY = "body";

	static final String SUGGEST = "suggest";

	/**
	 * Every three characters in a row of the name ({@link ChineseAnalyzers#shingles}).
	 */
	static final String NAME_SHINGLES = "name_shingles";

	static final String REGION = "region";

	static final String REGION_PATH = "region_path";

	static final String DEPARTMENT = "department";

	static final String THEME = "theme";

	static final String AUDIENCE = "audience";

	static final String TYPE = "type";

	static final String ONLINE = "online";

	static final String VISITS = "visits";

	static final String INSTANT = "instant";

	static final String FEATURES = "features";

	static final String POPULARITY = "popularity";

	static final String YES = "1";

	static final String NO = "0";

	private IndexFields() {
	}

}
