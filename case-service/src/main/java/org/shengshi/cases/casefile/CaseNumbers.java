package org.shengshi.cases.casefile;

import java.time.Instant;

import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.casenumber.CaseNumber;

/**
 * Issues case numbers {@code <region>-<yyyyMMdd>-<seq>}, the sequence per region and day
 * (Asia/Shanghai) from {@link CaseNumberBlocks}: unique, increasing within one instance,
 * with gaps where a submission rolled back or an instance stopped (ADR 0007).
 */
class CaseNumbers {

	private final CaseNumberBlocks blocks;

	CaseNumbers(CaseNumberBlocks blocks) {
		this.blocks = blocks;
	}

	CaseNumber issue(String regionCode, Instant filedAt) {
		return CaseNumber.issue(regionCode, filedAt, this.blocks.next(regionCode, ChinaTime.dateOf(filedAt)));
	}

}
