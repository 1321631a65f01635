package org.shengshi.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one controller advice of a service: every exception that leaves a controller
 * becomes {@code application/problem+json} with a stable code. Unexpected exceptions are
 * logged with the request id and answered with {@code INTERNAL_ERROR}, never with their
 * message or stack trace. Ordered last so a service's own advice, if any, goes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final ProblemWriter writer;

	ProblemExceptionHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ServletWebRequest servletRequest = (ServletWebRequest) request;
		if (servletRequest.getResponse() != null && servletRequest.getResponse().isCommitted()) {
			return null;
		}
		return respond(servletRequest.getRequest(), ex, statusCode, headers);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		return this.writer.entity(request, ValidationProblems.fromConstraintViolations(ex.getConstraintViolations()),
				null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return unauthenticated(request);
		}
		return this.writer.entity(request, StandardProblem.ACCESS_DENIED.exception(), null);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> authentication(AuthenticationException ex, HttpServletRequest request) {
		return unauthenticated(request);
	}

	@ExceptionHandler({ ConcurrencyFailureException.class, DuplicateKeyException.class })
	ResponseEntity<Object> conflict(Exception ex, HttpServletRequest request) {
		log.info("Conflict: {}", ex.getClass().getSimpleName());
		return this.writer.entity(request, StandardProblem.CONFLICT.exception(), null);
	}

	/**
	 * The database or Redis could not be reached, a connection broke (a failover, a cut)
	 * or a statement timed out: a transient condition, answered 503 with Retry-After.
	 * Writes are transactional and creating requests carry an Idempotency-Key, so a retry
	 * has one effect even if the broken connection was in the middle of a commit.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, QueryTimeoutException.class,
			RecoverableDataAccessException.class })
	ResponseEntity<Object> dataStoreUnavailable(Exception ex, HttpServletRequest request) {
		log.warn("Data store unavailable handling {} {} (requestId={}): {}", request.getMethod(),
				request.getRequestURI(), ProblemWriter.requestId(request), ex.getClass().getSimpleName());
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "2");
		return this.writer.entity(request, StandardProblem.DATA_STORE_UNAVAILABLE.exception(), headers);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		ProblemException wrapped = Problems.findProblem(ex);
		if (wrapped != null) {
			return this.writer.entity(request, wrapped, null);
		}
		if (ex instanceof ErrorResponse errorResponse) {
			return respond(request, ex, errorResponse.getStatusCode(), errorResponse.getHeaders());
		}
		if (lostConnection(ex)) {
			return dataStoreUnavailable(ex, request);
		}
		return internalError(request, ex);
	}

	/**
	 * A commit or rollback that failed because the connection broke surfaces as a
	 * {@code TransactionSystemException} (or another untranslated wrapper) around a JDBC
	 * connection exception; that is the same transient condition as a failed query.
	 */
	private static boolean lostConnection(Throwable ex) {
		int depth = 0;
		for (Throwable cause = ex; cause != null && depth < 16; cause = cause.getCause(), depth++) {
			if (cause instanceof java.sql.SQLRecoverableException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException
					|| (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

	private ResponseEntity<Object> respond(HttpServletRequest request, Exception ex, HttpStatusCode status,
			HttpHeaders headers) {
		ProblemException wrapped = Problems.findProblem(ex);
		if (wrapped != null) {
			return this.writer.entity(request, wrapped, headers);
		}
		if (ex instanceof ErrorResponse errorResponse && errorResponse.getBody().getProperties() != null
				&& errorResponse.getBody().getProperties().containsKey("code")) {
			return this.writer.entity(request, errorResponse.getBody(), headers);
		}
		if (status.is5xxServerError() && !(ex instanceof AsyncRequestTimeoutException)) {
			return internalError(request, ex);
		}
		return this.writer.entity(request, translate(ex, status), headers);
	}

	private ProblemException translate(Exception ex, HttpStatusCode status) {
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return ValidationProblems.fromBindingResult(invalid.getBindingResult());
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			return ValidationProblems.fromMethodValidation(invalid);
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return ValidationProblems.fromTypeMismatch(mismatch);
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return StandardProblem.MALFORMED_JSON.exception();
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return StandardProblem.MISSING_PARAMETER.exception("缺少必需参数 " + missing.getParameterName() + "。",
					"Required parameter '" + missing.getParameterName() + "' is missing.");
		}
		if (ex instanceof MissingServletRequestPartException || ex instanceof ServletRequestBindingException) {
			return StandardProblem.MISSING_PARAMETER.exception();
		}
		return byType(ex, status);
	}

	private ProblemException byType(Exception ex, HttpStatusCode status) {
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return StandardProblem.NOT_FOUND.exception();
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return StandardProblem.METHOD_NOT_ALLOWED.exception();
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return StandardProblem.UNSUPPORTED_MEDIA_TYPE.exception();
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return StandardProblem.NOT_ACCEPTABLE.exception();
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return StandardProblem.PAYLOAD_TOO_LARGE.exception();
		}
		if (ex instanceof AsyncRequestTimeoutException) {
			return StandardProblem.SERVICE_UNAVAILABLE.exception();
		}
		return StandardProblem.forStatus(status);
	}

	private ResponseEntity<Object> unauthenticated(HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return this.writer.entity(request, StandardProblem.UNAUTHENTICATED.exception(), headers);
	}

	private ResponseEntity<Object> internalError(HttpServletRequest request, Exception ex) {
		log.error("Unexpected error handling {} {} (requestId={})", request.getMethod(), request.getRequestURI(),
				ProblemWriter.requestId(request), ex);
		return this.writer.entity(request, StandardProblem.INTERNAL_ERROR.exception(), null);
	}

}
