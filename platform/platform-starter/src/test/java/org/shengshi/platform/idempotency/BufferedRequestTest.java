package org.shengshi.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class BufferedRequestTest {

	@Test
	void handlerReadsTheSameBytesThatWereHashed() throws IOException {
		MockHttpServletRequest original = new MockHttpServletRequest("POST", "/x");
		original.setContent("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
		original.setCharacterEncoding("UTF-8");

		BufferedRequest buffered = BufferedRequest.of(original, 1024);

		assertThat(buffered.complete()).isTrue();
		assertThat(buffered.body()).isEqualTo("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(buffered.getInputStream().readAllBytes()).isEqualTo(buffered.body());
		assertThat(buffered.getReader().readLine()).isEqualTo("{\"a\":\"é\"}");
	}

	@Test
	void bodyOverTheLimitIsMarkedIncompleteWithoutLosingBytes() throws IOException {
		MockHttpServletRequest original = new MockHttpServletRequest("POST", "/x");
		byte[] content = "0123456789".getBytes(StandardCharsets.US_ASCII);
		original.setContent(content);

		BufferedRequest buffered = BufferedRequest.of(original, 4);

		assertThat(buffered.complete()).isFalse();
		assertThat(buffered.getInputStream().readAllBytes()).isEqualTo(content);
	}

}
