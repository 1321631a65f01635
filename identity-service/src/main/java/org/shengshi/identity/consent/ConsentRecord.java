package org.shengshi.identity.consent;

import java.time.LocalDateTime;

/**
 * One acceptance or withdrawal of a privacy-policy version (recordedAt UTC).
 */
record ConsentRecord(String id, String subject, String policyVersion, String action, String clientId,
		LocalDateTime recordedAt) {

}
