package org.shengshi.platform.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch (errors raised outside Spring MVC, for
 * example in a filter or by the container itself) with problem+json instead of Boot's
 * default error body. Hidden from the OpenAPI document.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ProblemWriter writer;

	ProblemErrorController(ProblemWriter writer) {
		this.writer = writer;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<Object> error(HttpServletRequest request) {
		Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		Throwable exception = (error instanceof Throwable throwable) ? throwable : null;
		ProblemException problem = Problems.findProblem(exception);
		if (problem != null) {
			return this.writer.entity(request, problem, null);
		}
		HttpStatusCode status = status(request);
		if (status.is5xxServerError()) {
			log.error("Error outside Spring MVC for {} (status {}, requestId={})",
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status.value(),
					ProblemWriter.requestId(request), exception);
		}
		return this.writer.entity(request, StandardProblem.forStatus(status), null);
	}

	private static HttpStatusCode status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value <= 599) {
			return HttpStatusCode.valueOf(value);
		}
		return HttpStatusCode.valueOf(500);
	}

}
