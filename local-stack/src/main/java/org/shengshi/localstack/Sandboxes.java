package org.shengshi.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The WireMock sandboxes of the external systems, in this JVM, each on its own port with
 * the stubs from {@code sandboxes/<name>/mappings}; the WeChat Pay one keeps its trades
 * in a {@link WechatPayDesk}. Faults (slow answers, reset connections) can be injected
 * into a sandbox and cleared again.
 */
public final class Sandboxes implements AutoCloseable {

	private static final int JOURNAL_ENTRIES = 1000;

	/** Above every mapping file's priority: a fault stub answers first. */
	private static final int FAULT_PRIORITY = 1;

	private final Map<Sandbox, WireMockServer> servers;

	private final WechatPayDesk wechatPay;

	private final Map<Sandbox, List<UUID>> faultStubs = new EnumMap<>(Sandbox.class);

	private Sandboxes(Map<Sandbox, WireMockServer> servers, WechatPayDesk wechatPay) {
		this.servers = servers;
		this.wechatPay = wechatPay;
	}

	/**
	 * Starts every sandbox on 127.0.0.1; {@code portOf} gives each one's port. WireMock's
	 * own messages go to {@code logFile}; the WeChat Pay sandbox signs with
	 * {@code wechatPayKeys}.
	 */
	public static Sandboxes start(ToIntFunction<Sandbox> portOf, Path logFile, WechatPayDevKeys wechatPayKeys) {
		Notifier notifier = new SandboxLog(logFile);
		WechatPayDesk desk = new WechatPayDesk(wechatPayKeys);
		Map<Sandbox, WireMockServer> started = new EnumMap<>(Sandbox.class);
		try {
			for (Sandbox sandbox : Sandbox.values()) {
				WireMockConfiguration options = WireMockConfiguration.options()
					.bindAddress("127.0.0.1")
					.port(portOf.applyAsInt(sandbox))
					.usingFilesUnderClasspath(sandbox.classpathRoot())
					.maxRequestJournalEntries(JOURNAL_ENTRIES)
					.containerThreads(12)
					.notifier(notifier);
				if (sandbox == Sandbox.WECHAT_PAY) {
					options.extensions(desk);
				}
				WireMockServer server = new WireMockServer(options);
				server.start();
				started.put(sandbox, server);
			}
		}
		catch (RuntimeException ex) {
			started.values().forEach(WireMockServer::stop);
			throw new StackStartException("A WireMock sandbox did not start: " + ex.getMessage(), ex);
		}
		return new Sandboxes(started, desk);
	}

	/** The WeChat Pay sandbox's trades: where a test plays the payer. */
	public WechatPayDesk wechatPay() {
		return this.wechatPay;
	}

	/**
	 * Every answer of the sandbox comes only after {@code delay} (the answer itself is
	 * the usual one: the request took effect, the caller may have given up).
	 */
	public void answerAfter(Sandbox sandbox, Duration delay) {
		this.servers.get(sandbox).setGlobalFixedDelay((int) delay.toMillis());
	}

	/** Every request to the sandbox has its connection reset, unanswered. */
	public synchronized void resetConnections(Sandbox sandbox) {
		StubMapping stub = this.servers.get(sandbox)
			.stubFor(WireMock.any(WireMock.anyUrl())
				.atPriority(FAULT_PRIORITY)
				.willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.faultStubs.computeIfAbsent(sandbox, (key) -> new ArrayList<>()).add(stub.getId());
	}

	/** Removes every fault injected into the sandbox: it answers as usual again. */
	public synchronized void clearFaults(Sandbox sandbox) {
		WireMockServer server = this.servers.get(sandbox);
		server.setGlobalFixedDelay(0);
		this.faultStubs.getOrDefault(sandbox, List.of()).forEach(server::removeStub);
		this.faultStubs.remove(sandbox);
	}

	public int port(Sandbox sandbox) {
		return this.servers.get(sandbox).port();
	}

	public int stubCount(Sandbox sandbox) {
		return this.servers.get(sandbox).getStubMappings().size();
	}

	@Override
	public void close() {
		List<RuntimeException> failures = new ArrayList<>();
		for (WireMockServer server : this.servers.values()) {
			try {
				server.stop();
			}
			catch (RuntimeException ex) {
				failures.add(ex);
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

}
