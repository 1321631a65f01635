package org.shengshi.identity.realname;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The problems of real-name verification, each with a stable code.
 */
final class RealNameProblems {

	private RealNameProblems() {
	}

	static ProblemException invalidIdNumber(ResidentIdNumber.Problem problem) {
		return switch (problem) {
			case MALFORMED -> bad("ID_NUMBER_MALFORMED", "身份证号码格式不正确", "ID number must be 17 digits and a digit or X");
			case UNKNOWN_REGION -> bad("ID_NUMBER_REGION_UNKNOWN", "身份证号码地区码不存在", "ID number region code is unknown");
			case INVALID_BIRTH_DATE ->
				bad("ID_NUMBER_BIRTH_DATE_INVALID", "身份证号码出生日期无效", "ID number birth date is not a valid date");
			case WRONG_CHECK_DIGIT -> bad("ID_NUMBER_CHECK_DIGIT", "身份证号码校验位不正确", "ID number check digit is wrong");
		};
	}

	static ProblemException verdict(RegistryVerdict verdict) {
		return switch (verdict) {
			case NAME_MISMATCH ->
				unprocessable("REALNAME_MISMATCH", "姓名与身份证号码不一致", "Name does not match the ID number");
			case NOT_FOUND -> unprocessable("ID_NUMBER_NOT_REGISTERED", "人口库中无此身份证号码",
					"The ID number is not in the population registry");
			case DECEASED -> unprocessable("REALNAME_NOT_ACTIVE", "该身份证号码状态异常，请到窗口办理",
					"This ID number cannot be verified online; please visit a service window");
			case MATCH -> throw new IllegalArgumentException("a match is not a problem");
		};
	}

	static ProblemException registryUnavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "REGISTRY_UNAVAILABLE", "人口库暂不可用，请稍后重试",
				"Population registry unavailable, please retry")
			.with("retriable", true);
	}

	static ProblemException alreadyVerified() {
		return new ProblemException(HttpStatus.CONFLICT, "ALREADY_VERIFIED", "已完成实名认证", "Real name already verified");
	}

	static ProblemException idNumberBound() {
		return new ProblemException(HttpStatus.CONFLICT, "ID_NUMBER_ALREADY_BOUND", "该身份证号码已绑定其他账号",
				"This ID number is bound to another account");
	}

	static ProblemException providerUnavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE", "统一身份认证暂不可用，请稍后重试",
				"Identity provider unavailable, please retry")
			.with("retriable", true);
	}

	private static ProblemException bad(String code, String zh, String en) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, zh, en);
	}

	private static ProblemException unprocessable(String code, String zh, String en) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, zh, en);
	}

}
