package org.shengshi.cases.files;

/**
 * Where uploaded materials are kept. Content-addressed: the key is the SHA-256 of the
 * content, so storing the same file twice keeps one copy. The default keeps files in a
 * local folder ({@code shengshi.files.root}); an object store can replace it.
 */
public interface FileStore {

	/**
	 * Stores the content under its SHA-256 (64 lower-case hex characters).
	 * @return the storage key to keep with the material
	 */
	String put(String sha256, byte[] content);

	/** The content stored under the key. */
	byte[] get(String key);

}
