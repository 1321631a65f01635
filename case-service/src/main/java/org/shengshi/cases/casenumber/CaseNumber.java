package org.shengshi.cases.casenumber;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * A case number. The sequence is zero-padded to six digits and may grow to nine; parsing
 * accepts only the canonical form, so one case has exactly one number text.
 *
 * @param regionCode six-digit administrative region code, province part 11..82
 * @param date filing date (Asia/Shanghai)
 * @param sequence 1..999,999,999 within region and day
 */
public record CaseNumber(String regionCode, LocalDate date, long sequence) {

	public static final long MAX_SEQUENCE = 999_999_999L;

	private static final Pattern FORMAT = Pattern.compile("(\\d{6})-(\\d{8})-(\\d{6,9})");

	private static final Pattern REGION = Pattern.compile("\\d{6}");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	public CaseNumber {
		if (regionCode == null || !REGION.matcher(regionCode).matches()) {
			throw invalid("the region code must be six digits");
		}
		int province = Integer.parseInt(regionCode.substring(0, 2));
		if (province < 11 || province > 82) {
			throw invalid("the region code has no valid province part");
		}
		if (date == null || date.isBefore(EARLIEST) || date.getYear() > 9999) {
			throw invalid("the date is out of range");
		}
		if (sequence < 1 || sequence > MAX_SEQUENCE) {
			throw invalid("the sequence must be 1.." + MAX_SEQUENCE);
		}
	}

	/** The number of a case filed at {@code filedAt}, dated in Asia/Shanghai. */
	public static CaseNumber issue(String regionCode, Instant filedAt, long sequence) {
		return new CaseNumber(regionCode, ChinaTime.dateOf(filedAt), sequence);
	}

	public static CaseNumber parse(String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text) : null;
		if (matcher == null || !matcher.matches()) {
			throw invalid("expected <region 6 digits>-<yyyyMMdd>-<sequence>");
		}
		String seq = matcher.group(3);
		if (seq.length() > 6 && seq.charAt(0) == '0') {
			throw invalid("a sequence longer than six digits has no leading zero");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(matcher.group(2), DATE);
		}
		catch (DateTimeException ex) {
			throw invalid("the date is not a calendar date");
		}
		return new CaseNumber(matcher.group(1), date, Long.parseLong(seq));
	}

	@Override
	public String toString() {
		return this.regionCode + "-" + DATE.format(this.date) + "-" + String.format("%06d", this.sequence);
	}

	private static CaseRuleException invalid(String detail) {
		return new CaseRuleException(CaseErrorCode.CASE_NUMBER_INVALID, detail);
	}

}
