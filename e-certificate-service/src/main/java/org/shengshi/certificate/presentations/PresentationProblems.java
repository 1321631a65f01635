package org.shengshi.certificate.presentations;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The stable problems of presentation and verification.
 */
final class PresentationProblems {

	private PresentationProblems() {
	}

	static ProblemException malformedToken() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "PRESENTATION_TOKEN_MALFORMED", "出示码格式错误",
				"The presentation token is malformed");
	}

	static ProblemException expired() {
		return new ProblemException(HttpStatus.GONE, "PRESENTATION_TOKEN_EXPIRED", "出示码已过期或不存在，请持证人重新出示",
				"The presentation token has expired or does not exist");
	}

	static ProblemException alreadyUsed() {
		return new ProblemException(HttpStatus.CONFLICT, "PRESENTATION_TOKEN_ALREADY_USED", "出示码已被使用",
				"The presentation token was already used");
	}

	static ProblemException notUsable(String status) {
		return new ProblemException(HttpStatus.CONFLICT, "CERTIFICATE_NOT_USABLE", "证照当前状态不可用",
				"The certificate is not valid in its current status")
			.with("certificateStatus", status);
	}

	static ProblemException signatureInvalid(String outcome) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "CERTIFICATE_SIGNATURE_INVALID", "证照签名校验失败",
				"The certificate's signature does not verify")
			.with("signature", outcome);
	}

	static ProblemException disclosureRefused(String code) {
		return new ProblemException(HttpStatus.FORBIDDEN, code, "出示范围与用证目的不符",
				"The disclosure does not fit the verifier's purpose");
	}

	static ProblemException badDisclosure(String code) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, "出示范围不被允许", "This disclosure is not allowed");
	}

	static ProblemException verifierNotRegistered() {
		return new ProblemException(HttpStatus.FORBIDDEN, "VERIFIER_NOT_REGISTERED", "核验方未登记用证目的",
				"The verifier client has no registered purpose");
	}

	static ProblemException invalidRequest(String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "PRESENTATION_REQUEST_INVALID", "出示请求无效",
				"Invalid presentation request")
			.detail(detail, detail);
	}

}
