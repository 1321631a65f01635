package org.shengshi.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.common.Notifier;

/**
 * WireMock's messages, written to the sandboxes' log file instead of the console, without
 * the personal data the platform sends to the systems the sandboxes stand for.
 * <p>
 * WireMock tells its notifier of every request in full: headers, the body (a resident's
 * name and ID number for the population registry, a mobile number and a one-time code for
 * SMS), the stub it matched and the answer. Here a request is one line, its method and
 * path, and any run of 11 or more digits in it is starred out (an ID number or a mobile
 * number in a path or query). Whoever debugs a sandbox has the whole request in
 * WireMock's journal ({@code GET /__admin/requests} on the sandbox's port), which lives
 * in memory only.
 */
final class SandboxLog implements Notifier {

	static final String REQUEST_RECEIVED = "Request received:";

	private static final Pattern LONG_NUMBER = Pattern.compile("\\d{11,}");

	private final Path file;

	SandboxLog(Path file) {
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
		write("INFO  " + forLog(message));
	}

	@Override
	public void error(String message) {
		write("ERROR " + forLog(message));
	}

	@Override
	public void error(String message, Throwable t) {
		write("ERROR " + forLog(message) + " (" + forLog(String.valueOf(t)) + ")");
	}

	/**
	 * What of one of WireMock's messages goes to the file: of a request, the line after
	 * {@value #REQUEST_RECEIVED} (client address, method, path and query); of anything
	 * else, its first line. Runs of 11 or more digits are starred out either way.
	 */
	static String forLog(String message) {
		List<String> lines = message.lines().limit(2).toList();
		String kept = lines.isEmpty() ? "" : lines.get(0);
		if (kept.strip().equals(REQUEST_RECEIVED)) {
			kept = REQUEST_RECEIVED + ((lines.size() > 1) ? " " + lines.get(1).strip() : "");
		}
		return LONG_NUMBER.matcher(kept).replaceAll((match) -> "*".repeat(match.group().length()));
	}

	private synchronized void write(String line) {
		try {
			Files.writeString(this.file, Instant.now() + " " + line + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// a lost sandbox log line must not break a request
		}
	}

}
