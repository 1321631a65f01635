package org.shengshi.platform.idempotency;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Applies {@link Idempotent} once the handler is known: validates the key, then reserves
 * it, replays the stored response or refuses the request. Problems are thrown as
 * {@link org.springframework.web.ErrorResponseException}s so the service's exception
 * handling renders them.
 */
final class IdempotencyInterceptor implements HandlerInterceptor {

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final IdempotencyGate gate;

	private final Map<HandlerKey, Optional<Idempotent>> annotations = new ConcurrentHashMap<>();

	private final String keyPrefix;

	private final String service;

	IdempotencyInterceptor(IdempotencyGate gate, IdempotencyProperties properties, String service) {
		this.gate = gate;
		this.keyPrefix = properties.keyPrefix();
		this.service = service;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException, ServletException {
		Idempotent idempotent = idempotent(handler);
		if (idempotent == null) {
			return true;
		}
		String key = request.getHeader(RequestFingerprint.HEADER);
		if (key == null) {
			if (idempotent.required()) {
				throw IdempotencyProblems.missingKey(request.getLocale());
			}
			return true;
		}
		if (!RequestFingerprint.isValidKey(key)) {
			throw IdempotencyProblems.invalidKey(request.getLocale());
		}
		BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
		if (buffered != null && !buffered.complete()) {
			throw IdempotencyProblems.tooLarge(request.getLocale());
		}
		String redisKey = RequestFingerprint.redisKey(this.keyPrefix, this.service, CurrentSubject.get(), request, key);
		IdempotencyGate.Decision decision;
		try {
			decision = this.gate.decide(redisKey, RequestFingerprint.bodyHash(request), request.getLocale());
		}
		catch (DataAccessException ex) {
			throw IdempotencyProblems.unavailable(request.getLocale(), ex);
		}
		if (decision.replay() != null) {
			replay(decision.replay(), response);
			return false;
		}
		request.setAttribute(Reservation.ATTRIBUTE, decision.reservation());
		return true;
	}

	/**
	 * The handler's {@link Idempotent}, looked up once per handler method and bean type:
	 * the annotation search, which finds nothing for most handlers, took about 4.6 % of
	 * service-catalog's CPU on its GET requests (docs/performance.md, session 13).
	 */
	private Idempotent idempotent(Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return null;
		}
		return this.annotations.computeIfAbsent(new HandlerKey(method.getMethod(), method.getBeanType()), (key) -> {
			Idempotent onMethod = AnnotatedElementUtils.findMergedAnnotation(key.method(), Idempotent.class);
			return Optional.ofNullable((onMethod != null) ? onMethod
					: AnnotatedElementUtils.findMergedAnnotation(key.beanType(), Idempotent.class));
		}).orElse(null);
	}

	private record HandlerKey(Method method, Class<?> beanType) {
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		stored.headers().forEach((name, values) -> replayHeader(response, name, values));
		response.setHeader(REPLAYED_HEADER, "true");
		response.setContentLength(stored.body().length);
		response.getOutputStream().write(stored.body());
	}

	private static void replayHeader(HttpServletResponse response, String name, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i == 0) {
				response.setHeader(name, values.get(i));
			}
			else {
				response.addHeader(name, values.get(i));
			}
		}
	}

}
