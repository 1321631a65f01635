package org.shengshi.cases.problem;

/**
 * A case-domain rule refused the request. The detail names codes and values of the domain
 * (statuses, material codes), never personal data, so it is safe to log and to show.
 */
public class CaseRuleException extends RuntimeException {

	private final CaseErrorCode code;

	public CaseRuleException(CaseErrorCode code, String detail) {
		super(detail);
		this.code = code;
	}

	public CaseErrorCode code() {
		return this.code;
	}

	public String detail() {
		return getMessage();
	}

}
