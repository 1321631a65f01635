package org.shengshi.cases.casefile;

import java.time.Instant;

import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.casenumber.CaseNumber;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues case numbers {@code <region>-<yyyyMMdd>-<seq>}: the sequence row of the region
 * and day is incremented with {@code INSERT ... ON DUPLICATE KEY UPDATE}, whose row lock
 * serialises concurrent submissions, and read back with {@code LAST_INSERT_ID()} on the
 * same connection. Runs inside the submitting transaction: a rolled-back submission gives
 * its number back, and two submissions never get the same number.
 */
@Component
class CaseNumbers {

	private final CaseMapper cases;

	CaseNumbers(CaseMapper cases) {
		this.cases = cases;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	CaseNumber issue(String regionCode, Instant filedAt) {
		this.cases.reserveSequence(regionCode, ChinaTime.dateOf(filedAt));
		return CaseNumber.issue(regionCode, filedAt, this.cases.lastReservedSequence());
	}

}
