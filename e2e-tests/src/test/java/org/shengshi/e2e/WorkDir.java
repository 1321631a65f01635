package org.shengshi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The e2e stack starts from empty data every run, so the realm import and the migrations
 * are exactly what the repository holds.
 */
final class WorkDir {

	private WorkDir() {
	}

	static void recreate(Path dir) {
		Path absolute = dir.toAbsolutePath().normalize();
		if (!absolute.toString().contains("/target/")) {
			throw new IllegalArgumentException("refusing to delete " + absolute + ": e2e work dirs live under target/");
		}
		try {
			if (Files.exists(absolute)) {
				try (Stream<Path> paths = Files.walk(absolute)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			Files.createDirectories(absolute);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not recreate " + absolute, ex);
		}
	}

}
