package org.shengshi.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxLogTest {

	/** The shape of WireMock's message for a request (its verbose notification). */
	private static final String REGISTRY_REQUEST = """
			Request received:
			127.0.0.1 - POST /v1/identity/verify

			Content-Type: [application/json]
			Host: [127.0.0.1:28092]
			{"name":"陈嘉怡","idNumber":"440106196901117330"}


			Matched response definition:
			{
			  "status" : 200
			}

			Response:
			HTTP/1.1 200
			""";

	@Test
	void aRequestIsItsRequestLineWithoutHeadersBodyOrAnswer() {
		assertThat(SandboxLog.forLog(REGISTRY_REQUEST))
			.isEqualTo("Request received: 127.0.0.1 - POST /v1/identity/verify");
	}

	@Test
	void longDigitRunsInAPathOrQueryAreStarredOut() {
		String message = "Request received:\n127.0.0.1 - GET /v1/people?idNumber=44010619690111733X&phone=13936805748&page=2\n\n";

		assertThat(SandboxLog.forLog(message)).isEqualTo(
				"Request received: 127.0.0.1 - GET /v1/people?idNumber=*****************X&phone=***********&page=2");
	}

	@Test
	void otherMessagesKeepTheirFirstLineOnly() {
		assertThat(SandboxLog.forLog("Using HTTP server impl: Jetty11HttpServer"))
			.isEqualTo("Using HTTP server impl: Jetty11HttpServer");
		assertThat(SandboxLog.forLog("Request was not matched\n{\"phone\":\"13936805748\"}"))
			.isEqualTo("Request was not matched");
	}

	@Test
	void writesOneLinePerMessageWithoutThePersonalData(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("logs/sandboxes.log");
		SandboxLog log = new SandboxLog(file);

		log.info(REGISTRY_REQUEST);
		log.error("Request was not matched\n{\"phone\":\"13936805748\",\"params\":{\"code\":\"569069\"}}",
				new IllegalStateException("bad body for 13936805748"));

		assertThat(Files.readAllLines(file)).hasSize(2)
			.anySatisfy(
					(line) -> assertThat(line).endsWith("INFO  Request received: 127.0.0.1 - POST /v1/identity/verify"))
			.anySatisfy((line) -> assertThat(line)
				.endsWith("ERROR Request was not matched (java.lang.IllegalStateException: bad body for ***********)"));
		assertThat(Files.readString(file)).doesNotContain("440106196901117330", "13936805748", "569069", "陈嘉怡");
	}

}
