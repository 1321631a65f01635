package org.shengshi.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stack's personal-data keys: generated once into
 * {@code <data>/dev-secrets.properties} and reused, so encrypted rows stay readable
 * across restarts. Development only; production keys come from the environment.
 *
 * @param activeKeyId id of the AES-256-GCM key that encrypts new data
 * @param activeKey base64 of 32 random bytes
 * @param indexKey base64 of 32 random bytes for the HMAC blind index
 */
record DevSecrets(String activeKeyId, String activeKey, String indexKey) {

	static final String FILE_NAME = "dev-secrets.properties";

	static final String DEFAULT_KEY_ID = "local1";

	private static final String ACTIVE_KEY_ID = "pii.active-key-id";

	private static final String INDEX_KEY = "pii.index-key";

	private static final String KEY_PREFIX = "pii.keys.";

	static DevSecrets loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.isRegularFile(file)) {
				return read(file);
			}
			DevSecrets secrets = new DevSecrets(DEFAULT_KEY_ID, randomKey(), randomKey());
			secrets.write(file);
			return secrets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read or write " + file, ex);
		}
	}

	/**
	 * A further development key derived from the index key, so the secrets file keeps one
	 * format and a derived key survives restarts (e.g. the e-certificate key-encryption
	 * key).
	 */
	String derivedKey(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(this.indexKey), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Environment variable holding the active key: {@code SHENGSHI_PII_KEYS_<KID>}.
	 */
	String activeKeyVariable() {
		return "SHENGSHI_PII_KEYS_" + this.activeKeyId.toUpperCase(Locale.ROOT);
	}

	private static DevSecrets read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String keyId = properties.getProperty(ACTIVE_KEY_ID);
		String key = (keyId != null) ? properties.getProperty(KEY_PREFIX + keyId) : null;
		String index = properties.getProperty(INDEX_KEY);
		if (keyId == null || !keyId.matches("[a-z0-9]{1,32}") || !isKey(key) || !isKey(index)) {
			throw new StackStartException(file + " is damaged (needs " + ACTIVE_KEY_ID + ", " + KEY_PREFIX + "<id> and "
					+ INDEX_KEY + " as base64 of 32 bytes): fix it or delete it with the data it encrypted");
		}
		return new DevSecrets(keyId, key, index);
	}

	private void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
		try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			writer.write("# DEVELOPMENT ONLY: personal-data keys of the local stack, generated on first start.\n");
			writer.write("# Never use them anywhere else. Deleting this file makes encrypted local data unreadable.\n");
			writer.write(ACTIVE_KEY_ID + "=" + this.activeKeyId + "\n");
			writer.write(KEY_PREFIX + this.activeKeyId + "=" + this.activeKey + "\n");
			writer.write(INDEX_KEY + "=" + this.indexKey + "\n");
		}
		restrictToOwner(tmp);
		Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the file keeps its default permissions
		}
	}

	private static boolean isKey(String value) {
		if (value == null) {
			return false;
		}
		try {
			return Base64.getDecoder().decode(value).length == 32;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	@Override
	public String toString() {
		return "DevSecrets[activeKeyId=" + this.activeKeyId + ", keys hidden]";
	}

}
