package org.shengshi.identity.signup;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The problems of sign-up, each with a stable code.
 */
final class SignupProblems {

	private SignupProblems() {
	}

	static ProblemException resendTooSoon(long retryAfterSeconds) {
		return tooMany("OTP_RESEND_TOO_SOON", "验证码发送过于频繁，请稍后再试", "A code was sent recently; please wait",
				retryAfterSeconds);
	}

	static ProblemException phoneLimit(long retryAfterSeconds) {
		return tooMany("OTP_PHONE_LIMIT", "该手机号获取验证码次数过多，请稍后再试", "Too many codes for this phone number",
				retryAfterSeconds);
	}

	static ProblemException addressLimit(long retryAfterSeconds) {
		return tooMany("OTP_ADDRESS_LIMIT", "请求验证码次数过多，请稍后再试", "Too many codes requested from this address",
				retryAfterSeconds);
	}

	static ProblemException codeExpired() {
		return new ProblemException(HttpStatus.BAD_REQUEST, "OTP_EXPIRED", "验证码已失效，请重新获取",
				"No valid code for this phone number; request a new one");
	}

	static ProblemException codeInvalid(long attemptsLeft) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "OTP_INVALID", "验证码不正确", "The code is wrong")
			.with("attemptsLeft", attemptsLeft);
	}

	static ProblemException attemptsExceeded() {
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "OTP_ATTEMPTS_EXCEEDED", "验证码错误次数过多，已失效，请重新获取",
				"Too many wrong codes; this code no longer works, request a new one");
	}

	static ProblemException phoneTaken() {
		return new ProblemException(HttpStatus.CONFLICT, "PHONE_ALREADY_REGISTERED", "该手机号已注册，请直接登录",
				"This phone number is already registered; please log in");
	}

	static ProblemException smsUnavailable() {
		return unavailable("SMS_UNAVAILABLE", "短信服务暂不可用，请稍后重试", "SMS gateway unavailable, please retry");
	}

	static ProblemException providerUnavailable() {
		return unavailable("IDENTITY_PROVIDER_UNAVAILABLE", "统一身份认证暂不可用，请稍后重试",
				"Identity provider unavailable, please retry");
	}

	static ProblemException notCompleted() {
		return unavailable("SIGNUP_NOT_COMPLETED", "注册未完成，请稍后重试", "Sign-up could not be completed, please retry");
	}

	static ProblemException codeStoreUnavailable() {
		return unavailable("OTP_STORE_UNAVAILABLE", "验证码服务暂不可用，请稍后重试", "Code store unavailable, please retry");
	}

	private static ProblemException tooMany(String code, String zh, String en, long retryAfterSeconds) {
		ProblemException problem = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, code, zh, en)
			.with("retryAfterSeconds", retryAfterSeconds);
		problem.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		return problem;
	}

	private static ProblemException unavailable(String code, String zh, String en) {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, code, zh, en).with("retriable", true);
	}

}
