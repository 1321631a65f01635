package org.shengshi.payment.callback;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.shengshi.payment.channel.ChannelId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes refused or suspicious callbacks to {@code security_audit} (and a WARN log line).
 */
@Component
class SecurityAudit {

	private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

	private final AuditMapper audits;

	private final Clock clock;

	SecurityAudit(AuditMapper audits, Clock clock) {
		this.audits = audits;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(String kind, ChannelId channel, String reason, String detail, String outTradeNo) {
		String safeDetail = (detail != null && detail.length() > 255) ? detail.substring(0, 255) : detail;
		this.audits.insert(new AuditEntry(UUID.randomUUID().toString(), kind, channel, reason, safeDetail, outTradeNo,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS)));
		log.warn("security audit: {} from {} ({}) order {}", kind, channel, reason, outTradeNo);
	}

}
