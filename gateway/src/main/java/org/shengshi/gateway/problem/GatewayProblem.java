package org.shengshi.gateway.problem;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The errors the gateway makes, each with a stable code and its titles and details in
 * Chinese and English.
 */
public enum GatewayProblem {

	BAD_REQUEST(HttpStatus.BAD_REQUEST, "请求格式错误", "Bad request", "请求无法解析，请检查后重试。",
			"The request could not be understood."),

	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "未登录或登录已失效", "Authentication required", "请提供有效的访问令牌。",
			"A valid access token is required."),

	ACCESS_DENIED(HttpStatus.FORBIDDEN, "无权访问", "Access denied", "当前身份无权访问该资源。",
			"You are not allowed to access this resource."),

	CORS_ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "来源不被允许", "Origin not allowed", "该网页来源不允许跨域访问本平台。",
			"Cross-origin requests from this origin are not allowed."),

	NOT_FOUND(HttpStatus.NOT_FOUND, "资源不存在", "Not found", "请求的地址不存在。", "No resource exists at this path."),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "请求方法不被允许", "Method not allowed", "该地址不支持此请求方法。",
			"This method is not supported for this path."),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "无法提供所需格式", "Not acceptable", "无法按请求的格式返回结果。",
			"The resource cannot be returned in the requested format."),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "请求内容过大", "Payload too large", "请求内容超过了允许的大小。",
			"The request body is larger than allowed."),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "Unsupported media type", "不支持该请求内容类型。",
			"The request content type is not supported."),

	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", "Too many requests", "请求过于频繁，请稍后再试。",
			"Too many requests; retry after the time given in Retry-After."),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误", "Internal error", "网关处理请求时出错，请稍后再试。",
			"The gateway failed to handle the request; please retry later."),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用", "Service unavailable", "后端服务暂时不可用，请稍后再试。",
			"The service is temporarily unavailable; please retry later."),

	UPSTREAM_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "服务响应超时", "Upstream timeout", "后端服务未在规定时间内响应，请稍后再试。",
			"The service did not answer in time; please retry later.");

	private final HttpStatus status;

	private final String titleZh;

	private final String titleEn;

	private final String detailZh;

	private final String detailEn;

	GatewayProblem(HttpStatus status, String titleZh, String titleEn, String detailZh, String detailEn) {
		this.status = status;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.detailZh = detailZh;
		this.detailEn = detailEn;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return name();
	}

	String title(Locale language) {
		return isEnglish(language) ? this.titleEn : this.titleZh;
	}

	String detail(Locale language) {
		return isEnglish(language) ? this.detailEn : this.detailZh;
	}

	/**
	 * A URI naming this problem type, stable as the code.
	 */
	String type() {
		return "urn:shengshi:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static boolean isEnglish(Locale language) {
		return "en".equals(language.getLanguage());
	}

}
