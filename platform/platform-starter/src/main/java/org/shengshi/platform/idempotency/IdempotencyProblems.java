package org.shengshi.platform.idempotency;

import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The problems this package reports, as {@link ErrorResponseException}s whose
 * {@link ProblemDetail} carries a stable {@code code}. Titles and details are Chinese
 * unless the request prefers English.
 */
final class IdempotencyProblems {

	private IdempotencyProblems() {
	}

	static ErrorResponseException missingKey(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_MISSING", locale, "缺少幂等键", "此操作需要 Idempotency-Key 请求头。",
				"Idempotency-Key required", "This operation needs an Idempotency-Key header.");
	}

	static ErrorResponseException invalidKey(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID", locale, "幂等键格式错误",
				"Idempotency-Key 须为 1 至 128 个字母、数字、下划线或连字符。", "Invalid Idempotency-Key",
				"Idempotency-Key must be 1 to 128 characters of A-Z, a-z, 0-9, '_' or '-'.");
	}

	static ErrorResponseException reused(Locale locale) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", locale, "幂等键已用于其他请求",
				"该 Idempotency-Key 已用于内容不同的请求，请为新请求使用新的键。", "Idempotency-Key reused",
				"This Idempotency-Key was used for a request with a different body; use a new key for a new request.");
	}

	static ErrorResponseException inProgress(Locale locale, Duration retryAfter) {
		ErrorResponseException ex = problem(HttpStatus.CONFLICT, "IDEMPOTENCY_REQUEST_IN_PROGRESS", locale, "相同请求正在处理",
				"使用该 Idempotency-Key 的请求仍在处理中，请稍后重试。", "Request in progress",
				"A request with this Idempotency-Key is still being processed; retry shortly.");
		ex.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
		return ex;
	}

	static ErrorResponseException unavailable(Locale locale, Throwable cause) {
		ErrorResponseException ex = problem(cause, HttpStatus.SERVICE_UNAVAILABLE, "IDEMPOTENCY_UNAVAILABLE", locale,
				"暂时无法受理", "暂时无法确认该请求是否已处理，为避免重复办理，请稍后重试。", "Temporarily unavailable",
				"Whether this request was already processed cannot be checked right now; "
						+ "to avoid doing it twice it was not run. Retry later.");
		ex.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
		return ex;
	}

	static ErrorResponseException tooLarge(Locale locale) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "IDEMPOTENCY_BODY_TOO_LARGE", locale, "请求体过大",
				"携带 Idempotency-Key 的请求体超过允许的大小。", "Request body too large",
				"The body of a request with an Idempotency-Key exceeds the allowed size.");
	}

	private static ErrorResponseException problem(HttpStatus status, String code, Locale locale, String titleZh,
			String detailZh, String titleEn, String detailEn) {
		return problem(null, status, code, locale, titleZh, detailZh, titleEn, detailEn);
	}

	private static ErrorResponseException problem(Throwable cause, HttpStatus status, String code, Locale locale,
			String titleZh, String detailZh, String titleEn, String detailEn) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, english ? detailEn : detailZh);
		body.setTitle(english ? titleEn : titleZh);
		body.setProperty("code", code);
		return new ErrorResponseException(status, body, cause);
	}

}
