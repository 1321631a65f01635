package org.shengshi.cases.evaluation;

import java.util.Arrays;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/** The five levels of 好差评. */
public enum Rating {

	VERY_DISSATISFIED(1, "非常不满意"),

	DISSATISFIED(2, "不满意"),

	FAIR(3, "基本满意"),

	SATISFIED(4, "满意"),

	VERY_SATISFIED(5, "非常满意");

	private final int level;

	private final String label;

	Rating(int level, String label) {
		this.level = level;
		this.label = label;
	}

	public static Rating of(int level) {
		return Arrays.stream(values())
			.filter((rating) -> rating.level == level)
			.findFirst()
			.orElseThrow(() -> new CaseRuleException(CaseErrorCode.EVALUATION_INVALID,
					"a rating is a level from 1 to 5, was " + level));
	}

	public int level() {
		return this.level;
	}

	public String label() {
		return this.label;
	}

	/** 差评: 1 or 2. */
	public boolean isBad() {
		return this.level <= 2;
	}

}
