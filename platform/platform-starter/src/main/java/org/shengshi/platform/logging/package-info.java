/**
 * Structured logs: one JSON object per line with timestamp, level, logger, message,
 * service, request id and trace ids, and personal data (ID numbers, mobile numbers)
 * masked in every message and exception text. Plain text, still masked, on request.
 */
@NullMarked
package org.shengshi.platform.logging;

import org.jspecify.annotations.NullMarked;
