package org.shengshi.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.common.security.HeaderCharacters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request checks without regular expressions (ADR 0033) are the ones Spring Security
 * uses in the running gateway, and still refuse what the defaults refuse. Spring offers
 * no getters for the firewall or the token converter it was given, hence the reflection.
 */
class RequestChecksIT extends GatewayITSupport {

	@Autowired
	WebFilterChainProxy securityFilters;

	@Autowired
	ServerWebExchangeFirewall firewall;

	@Autowired
	SecurityWebFilterChain gatewaySecurity;

	@Test
	void springSecurityScreensRequestsWithTheGatewaysFirewall() {
		assertThat(ReflectionTestUtils.getField(this.securityFilters, "firewall")).isSameAs(this.firewall);
		assertThat(ReflectionTestUtils.getField(this.firewall, "allowedHeaderNames"))
			.isInstanceOf(HeaderCharacters.class);
		assertThat(ReflectionTestUtils.getField(this.firewall, "allowedHeaderValues"))
			.isInstanceOf(HeaderCharacters.class);
	}

	@Test
	void springSecurityRunsItsFiltersAsADirectChain() {
		assertThat(ReflectionTestUtils.getField(this.securityFilters, "filterChainDecorator"))
			.extracting((decorator) -> decorator.getClass().getSimpleName())
			.isEqualTo("DirectChains");
	}

	@Test
	void springSecurityReadsTheBearerTokenWithTheGatewaysConverter() {
		List<WebFilter> filters = this.gatewaySecurity.getWebFilters().collectList().block(Duration.ofSeconds(5));
		assertThat(filters).filteredOn(AuthenticationWebFilter.class::isInstance)
			.extracting((filter) -> ReflectionTestUtils.getField(filter, "authenticationConverter"))
			.extracting((converter) -> converter.getClass().getSimpleName())
			.containsExactly("BearerTokenConverter");
	}

	@Test
	void refusesAControlCharacterInTheAuthorizationHeaderWith400() throws IOException {
		assertThat(statusLine("Bearer abc\u0085")).contains(" 400 ");
	}

	@Test
	void letsANonAsciiLetterThroughTheFirewallToTheTokenCheck() throws IOException {
		assertThat(statusLine("Bearer abc\u00e9")).contains(" 401 ");
	}

	/**
	 * A raw HTTP/1.1 request, as HTTP clients refuse or rewrite header bytes outside
	 * ASCII; Netty reads them as ISO-8859-1, so byte 0x85 arrives as U+0085.
	 */
	private String statusLine(String authorization) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			String request = "GET /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
					+ "\r\nConnection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != -1 && b != '\r'; b = in.read()) {
				line.write(b);
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}
	}

}
