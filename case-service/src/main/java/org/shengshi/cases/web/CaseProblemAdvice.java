package org.shengshi.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseFormException;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.problem.ProblemLanguage;
import org.shengshi.platform.web.RequestId;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where case-domain refusals become problem+json: the {@link CaseErrorCode}
 * gives the status, the code and both titles, rendered as the platform's
 * {@link ProblemException} in the caller's language with the request id.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemAdvice {

	@ExceptionHandler(CaseRuleException.class)
	ResponseEntity<ProblemDetail> handle(CaseRuleException ex, HttpServletRequest request) {
		ProblemException problem = toProblem(ex);
		ProblemDetail body = problem.bodyFor(ProblemLanguage.prefersEnglish(request));
		body.setInstance(null);
		body.setProperty("requestId", RequestId.current().orElse(null));
		return ResponseEntity.status(problem.getStatusCode())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	static ProblemException toProblem(CaseRuleException ex) {
		CaseErrorCode code = ex.code();
		ProblemException problem = new ProblemException(HttpStatusCode.valueOf(code.httpStatus()), code.name(),
				code.titleZh(), code.titleEn());
		problem.detail(code.titleZh(), ex.detail());
		if (ex instanceof CaseFormException form) {
			problem.with("errors", form.fields());
		}
		return problem;
	}

}
