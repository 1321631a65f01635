package org.shengshi.cases.casefile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * Opaque keyset cursor: the sort key of the last entry of a page (a due date, optional,
 * and the case id).
 *
 * @param due the queue due date, or {@code null} for lists ordered by id only
 * @param id the last case id
 */
record CaseCursor(LocalDate due, String id) {

	private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

	String encode() {
		String text = ((this.due != null) ? this.due + "|" : "") + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	static CaseCursor decode(String cursor, boolean withDue) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String[] parts = text.split("\\|", -1);
			if (parts.length != (withDue ? 2 : 1) || !ID.matcher(parts[parts.length - 1]).matches()) {
				throw invalid();
			}
			return new CaseCursor(withDue ? LocalDate.parse(parts[0]) : null, parts[parts.length - 1]);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw invalid();
		}
	}

	private static CaseRuleException invalid() {
		return new CaseRuleException(CaseErrorCode.CASE_CURSOR_INVALID, "the cursor was not issued by this list");
	}

}
