package org.shengshi.gateway.routing;

import java.net.URI;
import java.util.function.Function;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The services behind the gateway: route id, API path prefix and where the URI comes
 * from.
 */
enum Upstream {

	IDENTITY("identity", ServicesProperties::identity), CATALOG("catalog", ServicesProperties::catalog),
	CASES("cases", ServicesProperties::cases), PAYMENTS("payments", ServicesProperties::payments),
	CERTIFICATES("certificates", ServicesProperties::certificates);

	private final String id;

	private final Function<ServicesProperties, URI> uri;

	private final PathPattern apiPattern;

	private final PathPattern apiDocsPattern;

	Upstream(String id, Function<ServicesProperties, URI> uri) {
		this.id = id;
		this.uri = uri;
		this.apiPattern = PathPatternParser.defaultInstance.parse(apiPaths());
		this.apiDocsPattern = PathPatternParser.defaultInstance.parse(apiDocsPath());
	}

	String routeId() {
		return this.id;
	}

	String apiPaths() {
		return "/api/v1/" + this.id + "/**";
	}

	String apiDocsRouteId() {
		return "api-docs-" + this.id;
	}

	String apiDocsPath() {
		return "/v3/api-docs/" + this.id;
	}

	PathPattern apiPattern() {
		return this.apiPattern;
	}

	PathPattern apiDocsPattern() {
		return this.apiDocsPattern;
	}

	URI uri(ServicesProperties services) {
		return this.uri.apply(services);
	}

}
