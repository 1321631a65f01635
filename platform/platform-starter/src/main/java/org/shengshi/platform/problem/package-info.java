/**
 * RFC 9457 {@code application/problem+json} for every error a service returns: a stable
 * {@code code}, a Chinese or English title chosen by {@code Accept-Language}, the
 * {@code requestId}, and field errors for validation. Domain code throws
 * {@link org.shengshi.platform.problem.ProblemException}; everything else is translated
 * by one controller advice and one error controller.
 */
@NullMarked
package org.shengshi.platform.problem;

import org.jspecify.annotations.NullMarked;
