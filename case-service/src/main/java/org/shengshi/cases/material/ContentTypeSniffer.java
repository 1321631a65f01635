package org.shengshi.cases.material;

/**
 * Finds a file's type from its bytes, never from its name: {@code %PDF-}, the PNG
 * signature, the JPEG SOI marker {@code FF D8 FF}, and the ZIP local-file signature
 * {@code PK 03 04}. A ZIP is OFD when its central directory lists {@code OFD.xml} at the
 * root (the entry file GB/T 33190 requires); the directory is read, nothing is inflated.
 */
public final class ContentTypeSniffer {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	private ContentTypeSniffer() {
	}

	public static ContentType sniff(byte[] content) {
		if (startsWith(content, PDF)) {
			return ContentType.PDF;
		}
		if (startsWith(content, PNG)) {
			return ContentType.PNG;
		}
		if (startsWith(content, JPEG)) {
			return ContentType.JPEG;
		}
		if (startsWith(content, ZIP)) {
			return ZipDirectory.hasRootEntry(content, "OFD.xml") ? ContentType.OFD : ContentType.ZIP;
		}
		return ContentType.UNKNOWN;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
