package org.shengshi.platform.idempotency;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps requests that carry an {@code Idempotency-Key}: buffers the body so the
 * {@link IdempotencyInterceptor} can hash it, holds the response back, and after the
 * handler stores that response under the key the interceptor reserved (or frees the key
 * when the handler failed with a 5xx or an exception).
 */
final class IdempotencyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyStore store;

	private final IdempotencyProperties properties;

	IdempotencyFilter(IdempotencyStore store, IdempotencyProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(RequestFingerprint.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest wrappedRequest = RequestFingerprint.parsedByContainer(request.getContentType()) ? request
				: BufferedRequest.of(request, this.properties.maxBodySize().toBytes());
		CapturingResponse capturing = new CapturingResponse(response);
		boolean handled = false;
		try {
			chain.doFilter(wrappedRequest, capturing);
			handled = true;
		}
		finally {
			Reservation reservation = (Reservation) wrappedRequest.getAttribute(Reservation.ATTRIBUTE);
			if (reservation != null) {
				finish(reservation, wrappedRequest, capturing, handled);
			}
		}
		capturing.copyBodyToResponse();
	}

	private void finish(Reservation reservation, HttpServletRequest request, CapturingResponse response,
			boolean handled) {
		try {
			if (!handled || response.errorSent() || response.getStatus() >= 500) {
				this.store.release(reservation);
			}
			else if (request.isAsyncStarted()) {
				log.warn("@Idempotent handler of {} answered asynchronously; its key stays reserved until it expires",
						request.getRequestURI());
			}
			else if (!this.store.complete(reservation, stored(reservation, response))) {
				log.warn("Idempotency reservation for {} expired before the response was stored; "
						+ "raise shengshi.idempotency.in-progress-ttl", request.getRequestURI());
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not record the idempotent response for {} ({}); the key stays reserved until it expires",
					request.getRequestURI(), ex.toString());
		}
	}

	private StoredResponse stored(Reservation reservation, CapturingResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : this.properties.replayHeaders()) {
			List<String> values = List.copyOf(response.getHeaders(name));
			if (!values.isEmpty()) {
				headers.put(name, values);
			}
		}
		return StoredResponse.done(reservation.requestHash(), response.getStatus(), response.getContentType(), headers,
				response.getContentAsByteArray());
	}

}
