package org.shengshi.identity.consent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.shengshi.identity.shared.Ids;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Privacy-policy consent: accept a version, withdraw it, list the history. Every change
 * is a new row; nothing is overwritten.
 */
@RestController
@RequestMapping("/api/v1/identity/consents")
@PreAuthorize("hasRole('resident')")
class ConsentController {

	private final ConsentMapper mapper;

	ConsentController(ConsentMapper mapper) {
		this.mapper = mapper;
	}

	@PostMapping
	@Idempotent
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	Consent accept(CurrentUser user, @Valid @RequestBody Policy request) {
		return Consent.of(record(user, request.policyVersion(), "ACCEPTED"));
	}

	@PostMapping("/withdrawals")
	@Transactional
	Consent withdraw(CurrentUser user, @Valid @RequestBody Policy request) {
		if (!"ACCEPTED".equals(this.mapper.latestAction(user.subject(), request.policyVersion()))) {
			throw new ProblemException(HttpStatus.CONFLICT, "CONSENT_NOT_GIVEN", "尚未同意该版本隐私政策",
					"This policy version is not currently accepted");
		}
		return Consent.of(record(user, request.policyVersion(), "WITHDRAWN"));
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<Consent> history(CurrentUser user) {
		return this.mapper.findBySubject(user.subject()).stream().map(Consent::of).toList();
	}

	private ConsentRecord record(CurrentUser user, String version, String action) {
		ConsentRecord row = new ConsentRecord(Ids.newId(), user.subject(), version, action, user.clientId(),
				LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
		this.mapper.insert(row);
		return row;
	}

	record Policy(@NotNull @Pattern(regexp = "[0-9A-Za-z._-]{1,32}") String policyVersion) {
	}

	record Consent(String policyVersion, String action, Instant at) {

		static Consent of(ConsentRecord row) {
			return new Consent(row.policyVersion(), row.action(), row.recordedAt().toInstant(ZoneOffset.UTC));
		}

	}

}
