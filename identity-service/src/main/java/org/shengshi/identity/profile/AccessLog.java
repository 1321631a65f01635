package org.shengshi.identity.profile;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.shengshi.identity.shared.Ids;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Writes the resident's personal-data access log (append-only): who (subject, client,
 * roles, department), what, why, when. Callers write it in the transaction that reads or
 * acts on the data.
 */
@Component
public class AccessLog {

	private final AccessLogMapper mapper;

	AccessLog(AccessLogMapper mapper) {
		this.mapper = mapper;
	}

	public void record(String resident, CurrentUser accessor, String action, String purpose) {
		this.mapper.insert(new AccessRecord(Ids.newId(), resident, accessor.subject(), accessor.clientId(),
				String.join(",", accessor.roles().stream().sorted().toList()), accessor.department(), action,
				purpose.strip(), LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)));
	}

}
