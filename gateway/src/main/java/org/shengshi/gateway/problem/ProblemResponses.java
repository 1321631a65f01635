package org.shengshi.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.shengshi.gateway.correlation.RequestIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a {@link GatewayProblem} as the response: status,
 * {@code application/problem+json} body with
 * {@code type, title, status, detail, code, instance, requestId}, and
 * {@code Cache-Control: no-store}.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
		return write(exchange, problem, (headers) -> {
		});
	}

	/**
	 * Writes the problem with extra headers ({@code Retry-After},
	 * {@code WWW-Authenticate}, {@code Allow}). Does nothing when the response is already
	 * committed.
	 */
	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem, Consumer<HttpHeaders> extraHeaders) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Locale language = Languages.of(exchange.getRequest());
		byte[] body = this.json.writeValueAsBytes(body(exchange, problem, language));
		response.setStatusCode(problem.status());
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLanguage(language);
		headers.setCacheControl("no-store");
		extraHeaders.accept(headers);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	private Map<String, Object> body(ServerWebExchange exchange, GatewayProblem problem, Locale language) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.type());
		body.put("title", problem.title(language));
		body.put("status", problem.status().value());
		body.put("detail", problem.detail(language));
		body.put("code", problem.code());
		body.put("instance", exchange.getRequest().getPath().value());
		body.put("requestId", RequestIds.of(exchange));
		return body;
	}

}
