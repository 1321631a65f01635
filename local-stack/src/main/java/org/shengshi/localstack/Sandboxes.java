package org.shengshi.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * The WireMock sandboxes of the external systems, in this JVM, each on its own port with
 * the stubs from {@code sandboxes/<name>/mappings}.
 */
public final class Sandboxes implements AutoCloseable {

	private static final int JOURNAL_ENTRIES = 1000;

	private final Map<Sandbox, WireMockServer> servers;

	private Sandboxes(Map<Sandbox, WireMockServer> servers) {
		this.servers = servers;
	}

	/**
	 * Starts every sandbox on 127.0.0.1; {@code portOf} gives each one's port. WireMock's
	 * own messages go to {@code logFile}.
	 */
	public static Sandboxes start(ToIntFunction<Sandbox> portOf, Path logFile) {
		Notifier notifier = new FileNotifier(logFile);
		Map<Sandbox, WireMockServer> started = new EnumMap<>(Sandbox.class);
		try {
			for (Sandbox sandbox : Sandbox.values()) {
				WireMockServer server = new WireMockServer(WireMockConfiguration.options()
					.bindAddress("127.0.0.1")
					.port(portOf.applyAsInt(sandbox))
					.usingFilesUnderClasspath(sandbox.classpathRoot())
					.maxRequestJournalEntries(JOURNAL_ENTRIES)
					.containerThreads(12)
					.notifier(notifier));
				server.start();
				started.put(sandbox, server);
			}
		}
		catch (RuntimeException ex) {
			started.values().forEach(WireMockServer::stop);
			throw new StackStartException("A WireMock sandbox did not start: " + ex.getMessage(), ex);
		}
		return new Sandboxes(started);
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

	/**
	 * WireMock's notifier writes to a log file instead of the console.
	 */
	private static final class FileNotifier implements Notifier {

		private final Path file;

		FileNotifier(Path file) {
			this.file = file;
			try {
				Files.createDirectories(file.getParent());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void info(String message) {
			write("INFO  " + message);
		}

		@Override
		public void error(String message) {
			write("ERROR " + message);
		}

		@Override
		public void error(String message, Throwable t) {
			write("ERROR " + message + " (" + t + ")");
		}

		private synchronized void write(String line) {
			try {
				Files.writeString(this.file, Instant.now() + " " + line + System.lineSeparator(),
						StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				// a lost sandbox log line must not break a request
			}
		}

	}

}
