package org.shengshi.platform.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Renders problems as {@code application/problem+json} with the request id, both from
 * Spring MVC (as a response entity) and from servlet filters (straight to the response).
 */
public final class ProblemWriter {

	/**
	 * Request attribute holding the request id; set by the request id filter of the
	 * {@code web} feature.
	 */
	public static final String REQUEST_ID_ATTRIBUTE = "org.shengshi.platform.requestId";

	private final JsonMapper jsonMapper;

	public ProblemWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The problem in the caller's language, as the flat JSON members of RFC 9457.
	 */
	public Map<String, @Nullable Object> render(HttpServletRequest request, ProblemException problem) {
		return render(request, problem.bodyFor(ProblemLanguage.prefersEnglish(request)));
	}

	public Map<String, @Nullable Object> render(HttpServletRequest request, ProblemDetail problem) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("type", typeOf(problem));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		body.put("requestId", requestId(request));
		return body;
	}

	private static String typeOf(ProblemDetail problem) {
		if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
			return problem.getType().toString();
		}
		Object code = (problem.getProperties() != null) ? problem.getProperties().get("code") : null;
		return (code instanceof String text) ? ProblemException.typeOf(text).toString() : "about:blank";
	}

	public ResponseEntity<Object> entity(HttpServletRequest request, ProblemException problem,
			@Nullable HttpHeaders headers) {
		return entity(request, problem.bodyFor(ProblemLanguage.prefersEnglish(request)), headers);
	}

	public ResponseEntity<Object> entity(HttpServletRequest request, ProblemDetail problem,
			@Nullable HttpHeaders headers) {
		HttpHeaders responseHeaders = new HttpHeaders();
		if (headers != null) {
			responseHeaders.putAll(headers);
		}
		responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(render(request, problem));
	}

	/**
	 * Writes the problem to a response that has not been committed (for filters, the
	 * authentication entry point and the access denied handler).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(problem.getStatusCode().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.jsonMapper.writeValue(response.getOutputStream(), render(request, problem));
	}

	static @Nullable String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

}
