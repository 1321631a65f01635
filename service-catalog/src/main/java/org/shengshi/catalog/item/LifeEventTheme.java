package org.shengshi.catalog.item;

import java.util.Arrays;
import java.util.Optional;

/**
 * Life-event themes (主题服务) residents and businesses browse by. The enum names are the
 * stable codes stored and used in filters.
 */
public enum LifeEventTheme {

	BIRTH("出生"), SCHOOLING("上学"), EMPLOYMENT("就业"), MARRIAGE_CHILDBEARING("婚育"), HOUSING("住房"), TRAVEL("出行"),
	RETIREMENT("退休"), MEDICAL("就医"), BUSINESS_START("开办企业"), ELDERLY_CARE("养老"), SOCIAL_SECURITY("社保"),
	RESIDENCE("户籍居住"), EXIT_ENTRY("出入境"), TAXATION("纳税"), BUSINESS_OPERATION("企业经营"), DISABILITY("助残"), DEATH("身后事"),
	MILITARY_SERVICE("兵役"), SOCIAL_ASSISTANCE("社会救助");

	private final String label;

	LifeEventTheme(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<LifeEventTheme> fromCode(String code) {
		return Arrays.stream(values()).filter((theme) -> theme.name().equals(code)).findFirst();
	}

}
