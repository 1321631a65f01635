package org.shengshi.gateway.edge;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "1", "251", "65536", "000042" })
	void writesWholeABodyOfKnownLengthUpTo64KiB(String length) {
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 200, lengthOf(length))).isTrue();
		assertThat(AnswerWriter.hasShortBody(HttpMethod.POST, 422, lengthOf(length))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "65537", "1000000", "99999999999", "", "-1", "12a", " 12", "1,2" })
	void streamsAnEmptyLongerOrUnreadableLength(String length) {
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 200, lengthOf(length))).isFalse();
	}

	@Test
	void streamsABodyOfUnknownLength() {
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 200, new DefaultHttpHeaders())).isFalse();
		HttpHeaders chunked = lengthOf("10").add("Transfer-Encoding", "chunked");
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 200, chunked)).isFalse();
	}

	@Test
	void leavesAnswersWithoutBodyToTheStreamingWriter() {
		assertThat(AnswerWriter.hasShortBody(HttpMethod.HEAD, 200, lengthOf("10"))).isFalse();
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 204, lengthOf("10"))).isFalse();
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 304, lengthOf("10"))).isFalse();
		assertThat(AnswerWriter.hasShortBody(HttpMethod.GET, 101, lengthOf("10"))).isFalse();
	}

	private static HttpHeaders lengthOf(String length) {
		return new DefaultHttpHeaders(false).add("Content-Length", length);
	}

}
