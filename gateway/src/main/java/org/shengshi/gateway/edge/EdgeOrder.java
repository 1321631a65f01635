package org.shengshi.gateway.edge;

import org.springframework.core.Ordered;

/**
 * Order of the edge filters: after request id, trace context and access log, before
 * Spring Security ({@code -100}).
 */
final class EdgeOrder {

	static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;

	static final int METHODS = Ordered.HIGHEST_PRECEDENCE + 11;

	static final int CORS = Ordered.HIGHEST_PRECEDENCE + 12;

	static final int BODY_SIZE = Ordered.HIGHEST_PRECEDENCE + 13;

	private EdgeOrder() {
	}

}
