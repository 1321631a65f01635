package org.shengshi.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks, before anything starts, that every port of the stack is free on 127.0.0.1.
 */
final class PortCheck {

	private PortCheck() {
	}

	static void requireFree(Map<Integer, String> namedPorts) {
		List<Map.Entry<Integer, String>> busy = namedPorts.entrySet()
			.stream()
			.filter((entry) -> !isFree(entry.getKey()))
			.toList();
		if (!busy.isEmpty()) {
			throw new StackStartException(message(busy));
		}
	}

	static String message(List<Map.Entry<Integer, String>> busy) {
		String advice = ": stop the other program or set " + StackConfig.ENV_PORT_OFFSET;
		if (busy.size() == 1) {
			Map.Entry<Integer, String> port = busy.get(0);
			return "Port " + port.getKey() + " (" + port.getValue() + ") is already in use" + advice;
		}
		String ports = busy.stream()
			.map((port) -> port.getKey() + " (" + port.getValue() + ")")
			.collect(Collectors.joining(", "));
		return "Ports " + ports + " are already in use" + advice;
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
