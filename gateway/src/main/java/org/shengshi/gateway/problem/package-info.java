/**
 * Every error the gateway itself makes, as RFC 9457 {@code application/problem+json} with
 * a stable code, a Chinese (default) or English title and the request id. The
 * {@link org.shengshi.gateway.problem.ProblemExceptionHandler} replaces Boot's default
 * error JSON so no stack trace or internal detail ever leaves the gateway.
 */
package org.shengshi.gateway.problem;
