package org.shengshi.cases.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * {@link FileStore} in a local folder: {@code <root>/<first two hex>/<sha256>}, written
 * to a temporary file and moved into place, so a reader never sees half a file.
 */
class LocalFolderFileStore implements FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	LocalFolderFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String put(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		try {
			if (Files.exists(target)) {
				return sha256;
			}
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
			Files.write(temp, content);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return sha256;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("storing a material failed", ex);
		}
	}

	@Override
	public byte[] get(String key) {
		try {
			return Files.readAllBytes(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a material failed", ex);
		}
	}

	private Path pathOf(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("a storage key is a SHA-256 in hex");
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

}
