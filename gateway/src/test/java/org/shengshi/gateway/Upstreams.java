package org.shengshi.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.shengshi.platform.test.FreePorts;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * Five WireMock servers on loopback standing in for the services behind the gateway (they
 * are other processes; the gateway only proxies to them). Each answers every request with
 * {@code {"service":"<name>"}} unless a test stubs otherwise. Ports stay fixed so a test
 * can stop a service and start it again.
 */
final class Upstreams {

	static final String[] NAMES = { "identity", "catalog", "cases", "payments", "certificates" };

	private static final Upstreams SHARED = new Upstreams();

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private final Map<String, WireMockServer> servers = new LinkedHashMap<>();

	private Upstreams() {
		for (String name : NAMES) {
			this.ports.put(name, FreePorts.find());
			start(name);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> this.servers.values().forEach(WireMockServer::stop)));
	}

	static Upstreams shared() {
		return SHARED;
	}

	String uri(String name) {
		return "http://127.0.0.1:" + this.ports.get(name);
	}

	synchronized WireMockServer service(String name) {
		return this.servers.get(name);
	}

	/**
	 * Back to "every request answers 200" with an empty request journal.
	 */
	synchronized void reset() {
		for (String name : NAMES) {
			start(name);
			WireMockServer server = this.servers.get(name);
			server.resetAll();
			server.stubFor(any(anyUrl()).atPriority(100).willReturn(okJson("{\"service\":\"" + name + "\"}")));
		}
	}

	synchronized void stop(String name) {
		WireMockServer server = this.servers.get(name);
		if (server != null && server.isRunning()) {
			server.stop();
		}
	}

	synchronized void start(String name) {
		WireMockServer server = this.servers.get(name);
		if (server != null && server.isRunning()) {
			return;
		}
		server = new WireMockServer(WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.port(this.ports.get(name))
			.containerThreads(20));
		server.start();
		this.servers.put(name, server);
	}

}
