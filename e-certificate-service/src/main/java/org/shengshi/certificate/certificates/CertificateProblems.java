package org.shengshi.certificate.certificates;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The stable problems of certificates.
 */
final class CertificateProblems {

	private CertificateProblems() {
	}

	static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "CERTIFICATE_NOT_FOUND", "证照不存在", "Certificate not found");
	}

	static ProblemException unknownType(String code) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "CERTIFICATE_TYPE_UNKNOWN", "证照类型不存在",
				"Unknown certificate type")
			.with("typeCode", code);
	}

	static ProblemException unknownField(String field) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "CERTIFICATE_FIELD_UNKNOWN", "证照类型没有该字段",
				"The certificate type has no such field")
			.with("field", field);
	}

	static ProblemException missingField(String field) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "CERTIFICATE_FIELD_MISSING", "缺少必填字段",
				"A required field is missing")
			.with("field", field);
	}

	static ProblemException notTheIssuer() {
		return new ProblemException(HttpStatus.FORBIDDEN, "CERTIFICATE_ISSUER_MISMATCH", "本部门不是该证照的签发部门",
				"Your department does not issue this certificate");
	}

	static ProblemException statusConflict() {
		return new ProblemException(HttpStatus.CONFLICT, "CERTIFICATE_STATUS_CONFLICT", "证照状态已变化，请刷新后重试",
				"The certificate's status changed meanwhile");
	}

	static ProblemException transitionNotAllowed(String code) {
		return new ProblemException(HttpStatus.CONFLICT, code, "当前状态不允许该操作",
				"This status change is not allowed from the current status");
	}

	static ProblemException reasonInvalid() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "STATUS_CHANGE_REASON_INVALID", "请填写原因（500字以内）",
				"A reason of at most 500 characters is required");
	}

}
