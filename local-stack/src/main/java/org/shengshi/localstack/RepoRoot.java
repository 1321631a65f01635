package org.shengshi.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root: the system property {@code shengshi.repo}, or the nearest
 * folder at or above the working directory that holds {@code local-stack/pom.xml}.
 */
public final class RepoRoot {

	private static final int MAX_LEVELS = 12;

	private RepoRoot() {
	}

	public static Path locate() {
		String explicit = System.getProperty("shengshi.repo");
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit).toAbsolutePath().normalize();
		}
		return locateFrom(Path.of("").toAbsolutePath());
	}

	static Path locateFrom(Path start) {
		Path dir = start.toAbsolutePath().normalize();
		for (int level = 0; level < MAX_LEVELS && dir != null; level++) {
			if (Files.isRegularFile(dir.resolve("local-stack/pom.xml"))
					&& Files.isRegularFile(dir.resolve("pom.xml"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new StackStartException(
				"Could not find the Shengshi repository (a folder with local-stack/pom.xml) at or above " + start);
	}

}
