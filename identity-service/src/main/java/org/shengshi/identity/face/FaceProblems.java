package org.shengshi.identity.face;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The problems of the face step-up, each with a stable code.
 */
final class FaceProblems {

	static final String COUNTER_PATH = "/api/v1/identity/counter-verifications";

	private FaceProblems() {
	}

	static ProblemException realNameRequired() {
		return new ProblemException(HttpStatus.CONFLICT, "REALNAME_REQUIRED", "请先完成实名认证",
				"Verify your real name first");
	}

	static ProblemException mismatch(int failuresInARow, int maxFailures) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "FACE_MISMATCH", "人脸核验未通过，请重试",
				"Face verification failed, please try again")
			.with("failuresInARow", failuresInARow)
			.with("attemptsLeft", maxFailures - failuresInARow);
	}

	static ProblemException counterAssistedRequired(int failuresInARow) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "FACE_COUNTER_ASSISTED_REQUIRED",
				"人脸核验多次未通过，请携带身份证到政务服务窗口核验", "Face verification failed repeatedly; please visit a service window")
			.detail("请携带居民身份证到任一政务服务窗口，由工作人员现场核验身份。",
					"Bring your resident ID card to a service window; an officer will verify you in person.")
			.with("failuresInARow", failuresInARow)
			.with("counterAssisted", true)
			.with("counterVerificationPath", COUNTER_PATH);
	}

	static ProblemException providerUnavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "FACE_PROVIDER_UNAVAILABLE", "人脸核验服务暂不可用，请稍后重试",
				"Face verification unavailable, please retry")
			.with("retriable", true);
	}

	static ProblemException identityProviderUnavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE", "统一身份认证暂不可用，请稍后重试",
				"Identity provider unavailable, please retry")
			.with("retriable", true);
	}

	static ProblemException residentNotVerified() {
		return new ProblemException(HttpStatus.NOT_FOUND, "RESIDENT_NOT_VERIFIED", "该居民尚未完成实名认证",
				"No real-name verified resident with this subject");
	}

}
