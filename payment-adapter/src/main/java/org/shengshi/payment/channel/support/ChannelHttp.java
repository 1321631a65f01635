package org.shengshi.payment.channel.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * HTTP to one channel through Spring's {@link RestClient} on the JDK client, HTTP/1.1, no
 * redirects, explicit connect and read timeouts. Any status is returned as an
 * {@link HttpReply}; a timeout, refused or reset connection becomes a
 * {@link ChannelUnavailableException}. The JDK client never silently re-sends a POST, so
 * a pre-order or refund is sent at most once per call.
 */
public final class ChannelHttp {

	/** Statements are the largest answers; anything beyond this is refused. */
	private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

	private final RestClient client;

	private final URI baseUri;

	public ChannelHttp(String baseUrl, HttpTimeouts timeouts) {
		this.baseUri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
		HttpClient jdk = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeouts.connect())
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
		factory.setReadTimeout(timeouts.read());
		this.client = RestClient.builder().requestFactory(factory).build();
	}

	/**
	 * Resolves a path such as {@code /v3/pay/transactions/native} against the base URL.
	 */
	public URI resolve(String pathAndQuery) {
		return URI.create(this.baseUri + pathAndQuery);
	}

	/**
	 * Sends one request.
	 * @param method HTTP method
	 * @param uri absolute URI (see {@link #resolve(String)})
	 * @param headers request headers
	 * @param body request body bytes, or {@code null} for none
	 */
	public HttpReply send(HttpMethod method, URI uri, Map<String, String> headers, byte[] body) {
		try {
			RestClient.RequestBodySpec spec = this.client.method(method)
				.uri(uri)
				.headers((h) -> headers.forEach(h::set));
			if (body != null) {
				spec = spec.body(body);
			}
			return spec.exchange((request, response) -> {
				Map<String, String> replyHeaders = new LinkedHashMap<>();
				response.getHeaders().forEach((name, values) -> replyHeaders.put(name, values.get(0)));
				int status = response.getStatusCode().value();
				boolean noBody = status == 204 || status == 304 || response.getHeaders().getContentLength() == 0;
				return new HttpReply(status, replyHeaders, noBody ? new byte[0] : readLimited(response.getBody()));
			});
		}
		catch (RestClientException ex) {
			throw new ChannelUnavailableException(isTimeout(ex) ? "TIMEOUT" : "IO_ERROR",
					method + " " + uri.getPath() + " failed: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private static byte[] readLimited(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		if (bytes.length > MAX_BODY_BYTES) {
			throw new IOException("response larger than " + MAX_BODY_BYTES + " bytes");
		}
		return bytes;
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
