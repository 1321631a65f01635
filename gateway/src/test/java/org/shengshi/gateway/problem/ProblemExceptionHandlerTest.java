package org.shengshi.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

	@Test
	void unreachableServicesAndOpenCircuitsAre503() {
		assertThat(ProblemExceptionHandler.classify(new ConnectException("refused")))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
		assertThat(ProblemExceptionHandler.classify(new IllegalStateException(new IOException("reset"))))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
		assertThat(ProblemExceptionHandler
			.classify(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("x"))))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
		assertThat(ProblemExceptionHandler.classify(new ServiceUnavailableException()))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
		assertThat(ProblemExceptionHandler.classify(new AuthenticationServiceException("jwks down")))
			.isEqualTo(GatewayProblem.SERVICE_UNAVAILABLE);
	}

	@Test
	void timeoutsAre504() {
		assertThat(ProblemExceptionHandler.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "slow",
				new org.springframework.cloud.gateway.support.TimeoutException("slow"))))
			.isEqualTo(GatewayProblem.UPSTREAM_TIMEOUT);
		assertThat(ProblemExceptionHandler.classify(new TimeoutException())).isEqualTo(GatewayProblem.UPSTREAM_TIMEOUT);
		// the route's response timeout is Netty's read timeout on the service connection
		assertThat(ProblemExceptionHandler.classify(ReadTimeoutException.INSTANCE))
			.isEqualTo(GatewayProblem.UPSTREAM_TIMEOUT);
		assertThat(UpstreamFailures.isUpstreamFailure(ReadTimeoutException.INSTANCE)).as("a circuit breaker counts it")
			.isTrue();
	}

	@Test
	void clientErrorsKeepTheirMeaning() {
		assertThat(ProblemExceptionHandler.classify(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.isEqualTo(GatewayProblem.NOT_FOUND);
		assertThat(ProblemExceptionHandler
			.classify(new MethodNotAllowedException(HttpMethod.POST, List.of(HttpMethod.GET))))
			.isEqualTo(GatewayProblem.METHOD_NOT_ALLOWED);
		assertThat(ProblemExceptionHandler.classify(new IllegalStateException(new ContentTooLargeException(null))))
			.isEqualTo(GatewayProblem.PAYLOAD_TOO_LARGE);
		assertThat(ProblemExceptionHandler.classify(new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT)))
			.isEqualTo(GatewayProblem.BAD_REQUEST);
	}

	@Test
	void anythingUnexpectedIsA500WithoutDetail() {
		assertThat(ProblemExceptionHandler.classify(new NullPointerException("secret internals")))
			.isEqualTo(GatewayProblem.INTERNAL_ERROR);
	}

	@Test
	void everyCodeHasBothLanguages() {
		for (GatewayProblem problem : GatewayProblem.values()) {
			assertThat(problem.title(java.util.Locale.ENGLISH)).isNotBlank();
			assertThat(problem.title(Languages.CHINESE)).isNotBlank()
				.isNotEqualTo(problem.title(java.util.Locale.ENGLISH));
			assertThat(problem.type()).startsWith("urn:shengshi:problem:");
		}
	}

}
