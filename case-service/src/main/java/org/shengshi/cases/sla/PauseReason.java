package org.shengshi.cases.sla;

/** Why the clock is stopped for a while. */
public enum PauseReason {

	/** 补齐补正: the applicant must supply materials. */
	WAITING_ON_APPLICANT,

	/** 特别程序: hearing, expert review, on-site inspection. */
	SPECIAL_PROCEDURE

}
