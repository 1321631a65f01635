package org.shengshi.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTest {

	@Test
	void portTakenByAnotherProgramIsReportedInOneLineWithTheFix() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			Map<Integer, String> ports = Map.of(port, "Keycloak");

			assertThatThrownBy(() -> PortCheck.requireFree(ports)).isInstanceOf(StackStartException.class)
				.hasMessage("Port " + port
						+ " (Keycloak) is already in use: stop the other program or set SHENGSHI_PORT_OFFSET");
		}
	}

	@Test
	void severalTakenPortsAreNamedTogether() {
		String message = PortCheck.message(List.of(Map.entry(8080, "gateway"), Map.entry(8180, "Keycloak")));

		assertThat(message).isEqualTo(
				"Ports 8080 (gateway), 8180 (Keycloak) are already in use: stop the other program or set SHENGSHI_PORT_OFFSET");
	}

	@Test
	void freePortsPass() throws IOException {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		Map<Integer, String> ports = new LinkedHashMap<>();
		ports.put(port, "Redis");

		assertThatCode(() -> PortCheck.requireFree(ports)).doesNotThrowAnyException();
		assertThat(PortCheck.isFree(port)).isTrue();
	}

}
