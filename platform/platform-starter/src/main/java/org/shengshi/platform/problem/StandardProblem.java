package org.shengshi.platform.problem;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The technical problems every service reports the same way. Domain problems are
 * {@link ProblemException}s with their own codes.
 */
public enum StandardProblem {

	BAD_REQUEST(400, "请求无效", "Bad request", "请求无法处理，请检查后重试。", "The request could not be processed."),

	MALFORMED_JSON(400, "请求体格式错误", "Malformed request body", "请求体不是有效的 JSON，或字段类型不符。",
			"The request body is not valid JSON or a field has the wrong type."),

	VALIDATION_FAILED(400, "参数校验失败", "Validation failed", "一个或多个字段不符合要求。", "One or more fields are invalid."),

	INVALID_PARAMETER(400, "参数值无效", "Invalid parameter", "请求参数的值无效。", "A request parameter has an invalid value."),

	MISSING_PARAMETER(400, "缺少必需参数", "Missing parameter", "缺少必需的请求参数。", "A required request parameter is missing."),

	UNAUTHENTICATED(401, "未认证", "Unauthenticated", "缺少有效的访问令牌，请重新登录。",
			"A valid access token is required. Please sign in again."),

	ACCESS_DENIED(403, "无权访问", "Access denied", "您没有执行此操作的权限。", "You are not allowed to perform this operation."),

	NOT_FOUND(404, "资源不存在", "Not found", "请求的资源不存在。", "The requested resource does not exist."),

	METHOD_NOT_ALLOWED(405, "请求方法不被支持", "Method not allowed", "该资源不支持此请求方法。",
			"The resource does not support this request method."),

	NOT_ACCEPTABLE(406, "无法提供所需格式", "Not acceptable", "无法以请求的格式返回结果。",
			"The response cannot be produced in an acceptable format."),

	CONFLICT(409, "数据冲突", "Conflict", "数据已被他人修改或已存在，请刷新后重试。",
			"The data was changed by someone else or already exists. Reload and try again."),

	PAYLOAD_TOO_LARGE(413, "请求体过大", "Payload too large", "请求体超过允许的大小。", "The request body exceeds the allowed size."),

	UNSUPPORTED_MEDIA_TYPE(415, "不支持的媒体类型", "Unsupported media type", "不支持该请求内容类型。",
			"The request content type is not supported."),

	TOO_MANY_REQUESTS(429, "请求过于频繁", "Too many requests", "请求过于频繁，请稍后再试。",
			"Too many requests. Please try again later."),

	INTERNAL_ERROR(500, "服务内部错误", "Internal error", "服务出现内部错误，请稍后重试并提供请求编号。",
			"An internal error occurred. Please retry later and quote the request id."),

	SERVICE_UNAVAILABLE(503, "服务暂不可用", "Service unavailable", "服务暂时不可用，请稍后重试。",
			"The service is temporarily unavailable. Please retry later."),

	DATA_STORE_UNAVAILABLE(503, "数据服务暂不可用", "Data store unavailable", "数据服务暂时不可用，请稍后重试。",
			"The data store is temporarily unavailable. Please retry later.");

	private final int status;

	private final String titleZh;

	private final String titleEn;

	private final String detailZh;

	private final String detailEn;

	StandardProblem(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
		this.status = status;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.detailZh = detailZh;
		this.detailEn = detailEn;
	}

	public HttpStatusCode status() {
		return HttpStatusCode.valueOf(this.status);
	}

	/**
	 * A new exception for this problem with the standard detail.
	 */
	public ProblemException exception() {
		return new ProblemException(status(), name(), this.titleZh, this.titleEn).detail(this.detailZh, this.detailEn);
	}

	/**
	 * A new exception for this problem with a specific detail.
	 */
	public ProblemException exception(String detailZh, String detailEn) {
		return new ProblemException(status(), name(), this.titleZh, this.titleEn).detail(detailZh, detailEn);
	}

	/**
	 * The standard problem for a status that no more specific rule claimed: the first
	 * constant with that status, a generic 4xx or 5xx otherwise.
	 */
	public static ProblemException forStatus(HttpStatusCode status) {
		return Arrays.stream(values())
			.filter((problem) -> problem.status == status.value())
			.findFirst()
			.map(StandardProblem::exception)
			.orElseGet(() -> generic(status));
	}

	private static ProblemException generic(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			StandardProblem base = INTERNAL_ERROR;
			return new ProblemException(status, base.name(), base.titleZh, base.titleEn).detail(base.detailZh,
					base.detailEn);
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		String code = (known != null) ? known.name() : BAD_REQUEST.name();
		String title = (known != null) ? known.getReasonPhrase() : BAD_REQUEST.titleEn;
		return new ProblemException(status, code, BAD_REQUEST.titleZh, title).detail(BAD_REQUEST.detailZh,
				BAD_REQUEST.detailEn);
	}

}
