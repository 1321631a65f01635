package org.shengshi.certificate.certificates;

import java.time.Clock;

import org.shengshi.certificate.config.Ids;
import org.shengshi.certificate.status.CertificateEvent;
import org.shengshi.certificate.status.CertificateStatus;
import org.shengshi.certificate.status.IllegalTransitionException;
import org.shengshi.certificate.status.StatusChange;
import org.shengshi.platform.events.EventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspension, restoration, revocation… by the issuing department, through the transition
 * table, with {@code UPDATE … WHERE status = ?} so that two changes cannot both apply.
 */
@Service
class StatusChanges {

	/** The actor recorded when a newly issued certificate supersedes an earlier one. */
	static final String SUPERSEDING_ACTOR = "system:superseded";

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
		if (!record(id, change)) {
			throw CertificateProblems.statusConflict();
		}
		return change;
	}

	/**
	 * Cancels (注销) the holder's earlier certificate of a type they may hold only one of,
	 * because {@code successor} was issued in its place; runs in the issuing transaction.
	 * A certificate changed meanwhile by its issuer is left as the issuer set it.
	 * @return whether it was cancelled
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean supersede(CertificateRow earlier, CertificateRow successor) {
		CertificateStatus from = CertificateStatus.fromCode(earlier.status());
		StatusChange change = apply(from, CertificateEvent.CANCEL, SUPERSEDING_ACTOR,
				"由新签发的证照 " + successor.identifier() + " 取代（补领、换领或延续）");
		return record(earlier.id(), change);
	}

	private boolean record(String id, StatusChange change) {
		String from = change.from().code();
		String to = change.to().code();
		if (this.mapper.updateStatus(id, from, to) != 1) {
			return false;
		}
		this.mapper.insertStatusChange(Ids.next(), id, from, to, change.event().name(), change.actor(), change.reason(),
				change.at());
		this.events.publish("certificate.status-changed", id, new StatusChanged(id, from, to, change.event().name()));
		return true;
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
