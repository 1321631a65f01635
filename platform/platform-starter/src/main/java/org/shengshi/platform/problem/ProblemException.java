package org.shengshi.platform.problem;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A problem a service reports to its caller: an HTTP status, a stable machine
 * {@code code} (UPPER_SNAKE), a Chinese and an English title, an optional detail in both
 * languages and optional extra properties. Rendered as {@code application/problem+json};
 * {@code Accept-Language: en} selects English, zh-CN is the default.
 *
 * <pre>{@code
 * throw new ProblemException(HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "办件不存在", "Case not found")
 *     .detail("找不到编号为 " + number + " 的办件", "No case with number " + number)
 *     .with("caseNumber", number);
 * }</pre>
 */
public class ProblemException extends ErrorResponseException {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

	private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code",
			"requestId");

	private final String code;

	private final String titleZh;

	private final String titleEn;

	private @Nullable String detailZh;

	private @Nullable String detailEn;

	private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

	public ProblemException(HttpStatusCode status, String code, String titleZh, String titleEn) {
		this(status, code, titleZh, titleEn, null);
	}

	public ProblemException(HttpStatusCode status, String code, String titleZh, String titleEn,
			@Nullable Throwable cause) {
		super(status, ProblemDetail.forStatus(status), cause);
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("problem code must be UPPER_SNAKE, got '" + code + "'");
		}
		this.code = code;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		getBody().setType(typeOf(code));
		getBody().setTitle(titleZh);
		getBody().setProperty("code", code);
	}

	/**
	 * Sets the detail in both languages.
	 */
	public ProblemException detail(String zh, String en) {
		this.detailZh = zh;
		this.detailEn = en;
		getBody().setDetail(zh);
		return this;
	}

	/**
	 * Adds an extra property to the problem body (for example the id the caller sent).
	 * Never put personal data here.
	 */
	public ProblemException with(String name, @Nullable Object value) {
		if (RESERVED.contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is a reserved problem property");
		}
		this.extra.put(name, value);
		getBody().setProperty(name, value);
		return this;
	}

	public String code() {
		return this.code;
	}

	public String title(boolean english) {
		return english ? this.titleEn : this.titleZh;
	}

	public Map<String, @Nullable Object> extra() {
		return Collections.unmodifiableMap(this.extra);
	}

	/**
	 * The problem body in the caller's language.
	 */
	public ProblemDetail bodyFor(boolean english) {
		ProblemDetail body = ProblemDetail.forStatus(getStatusCode());
		body.setType(typeOf(this.code));
		body.setTitle(title(english));
		String detail = english ? this.detailEn : this.detailZh;
		body.setDetail((detail != null) ? detail : title(english));
		body.setProperty("code", this.code);
		this.extra.forEach(body::setProperty);
		return body;
	}

	@Override
	public ProblemDetail updateAndGetBody(@Nullable MessageSource messageSource, Locale locale) {
		return bodyFor(ProblemLanguage.isEnglish(locale));
	}

	@Override
	public String getMessage() {
		return getStatusCode().value() + " " + this.code + ": " + this.titleEn
				+ ((this.detailEn != null) ? " - " + this.detailEn : "");
	}

	static URI typeOf(String code) {
		return URI.create("urn:shengshi:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

}
