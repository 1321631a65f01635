package org.shengshi.certificate.certificates;

import java.time.Clock;

import org.shengshi.certificate.config.Ids;
import org.shengshi.certificate.status.CertificateEvent;
import org.shengshi.certificate.status.CertificateStatus;
import org.shengshi.certificate.status.IllegalTransitionException;
import org.shengshi.certificate.status.StatusChange;
import org.shengshi.platform.events.EventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspension, restoration, revocation… by the issuing department, through the transition
 * table, with {@code UPDATE … WHERE status = ?} so that two changes cannot both apply.
 */
@Service
class StatusChanges {

	private final CertificateMapper mapper;

	private final EventPublisher events;

	private final Clock clock;

	StatusChanges(CertificateMapper mapper, EventPublisher events, Clock clock) {
		this.mapper = mapper;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	StatusChange change(String id, String department, CertificateEvent event, String actor, String reason) {
		CertificateRow row = this.mapper.findById(id);
		if (row == null || !row.issuerDepartment().equals(department)) {
			throw CertificateProblems.notFound();
		}
		CertificateStatus from = CertificateStatus.fromCode(row.status());
		StatusChange change = apply(from, event, actor, reason);
		if (this.mapper.updateStatus(id, from.code(), change.to().code()) != 1) {
			throw CertificateProblems.statusConflict();
		}
		this.mapper.insertStatusChange(Ids.next(), id, from.code(), change.to().code(), event.name(), actor,
				change.reason(), change.at());
		this.events.publish("certificate.status-changed", id,
				new StatusChanged(id, from.code(), change.to().code(), event.name()));
		return change;
	}

	private StatusChange apply(CertificateStatus from, CertificateEvent event, String actor, String reason) {
		try {
			return StatusChange.apply(from, event, actor, reason, this.clock.instant());
		}
		catch (IllegalTransitionException ex) {
			throw CertificateProblems.transitionNotAllowed(ex.code());
		}
		catch (IllegalArgumentException ex) {
			throw CertificateProblems.reasonInvalid();
		}
	}

	record StatusChanged(String certificateId, String from, String to, String event) {
	}

}
