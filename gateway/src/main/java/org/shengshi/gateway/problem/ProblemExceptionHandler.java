package org.shengshi.gateway.problem;

import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.shengshi.gateway.correlation.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers every exception that reaches the top of the gateway with a problem+json body,
 * replacing Boot's default error JSON. Services that are unreachable or whose circuit is
 * open give 503, slow services 504; anything unexpected a 500 without detail (logged with
 * the request id).
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final ProblemResponses problems;

	ProblemExceptionHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		GatewayProblem problem = classify(failure);
		logFailure(exchange, problem, failure);
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		return this.problems.write(exchange, problem, (headers) -> addHeaders(headers, failure));
	}

	static GatewayProblem classify(Throwable failure) {
		if (UpstreamFailures.hasCause(failure, ContentTooLargeException.class)) {
			return GatewayProblem.PAYLOAD_TOO_LARGE;
		}
		if (UpstreamFailures.hasCause(failure, CallNotPermittedException.class)
				|| UpstreamFailures.hasCause(failure, AuthenticationServiceException.class)) {
			return GatewayProblem.SERVICE_UNAVAILABLE;
		}
		if (UpstreamFailures.isTimeout(failure)) {
			return GatewayProblem.UPSTREAM_TIMEOUT;
		}
		if (failure instanceof ResponseStatusException statusException) {
			return byStatus(statusException.getStatusCode().value());
		}
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
		if (annotated != null) {
			return byStatus(annotated.code().value());
		}
		if (UpstreamFailures.isUnreachable(failure)) {
			return GatewayProblem.SERVICE_UNAVAILABLE;
		}
		return GatewayProblem.INTERNAL_ERROR;
	}

	private static GatewayProblem byStatus(int status) {
		return switch (status) {
			case 401 -> GatewayProblem.UNAUTHENTICATED;
			case 403 -> GatewayProblem.ACCESS_DENIED;
			case 404 -> GatewayProblem.NOT_FOUND;
			case 405 -> GatewayProblem.METHOD_NOT_ALLOWED;
			case 406 -> GatewayProblem.NOT_ACCEPTABLE;
			case 413 -> GatewayProblem.PAYLOAD_TOO_LARGE;
			case 415 -> GatewayProblem.UNSUPPORTED_MEDIA_TYPE;
			case 429 -> GatewayProblem.RATE_LIMITED;
			case 502, 503 -> GatewayProblem.SERVICE_UNAVAILABLE;
			case 504 -> GatewayProblem.UPSTREAM_TIMEOUT;
			default -> (status >= 400 && status < 500) ? GatewayProblem.BAD_REQUEST : GatewayProblem.INTERNAL_ERROR;
		};
	}

	private static void addHeaders(HttpHeaders headers, Throwable failure) {
		if (failure instanceof MethodNotAllowedException notAllowed) {
			Set<HttpMethod> allowed = notAllowed.getSupportedMethods();
			headers.setAllow(allowed);
		}
	}

	private static void logFailure(ServerWebExchange exchange, GatewayProblem problem, Throwable failure) {
		String requestId = RequestIds.of(exchange);
		if (problem == GatewayProblem.INTERNAL_ERROR) {
			log.atError().addKeyValue("requestId", requestId).setCause(failure).log("unexpected gateway error");
		}
		else if (problem.status().is5xxServerError()) {
			log.atWarn()
				.addKeyValue("requestId", requestId)
				.addKeyValue("code", problem.code())
				.log("upstream failure: {}", failure.getClass().getName());
		}
		else {
			log.atDebug()
				.addKeyValue("requestId", requestId)
				.addKeyValue("code", problem.code())
				.log("request rejected");
		}
	}

}
