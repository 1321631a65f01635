package org.shengshi.cases.material;

import java.nio.charset.StandardCharsets;

/**
 * Reads entry names from a ZIP's central directory (APPNOTE 4.3.12, 4.3.16) with every
 * offset bounds-checked; a damaged or truncated directory simply yields "not found".
 */
final class ZipDirectory {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int END_RECORD_SIZE = 22;

	private static final int ENTRY_HEADER_SIZE = 46;

	private static final int MAX_COMMENT = 0xFFFF;

	private ZipDirectory() {
	}

	static boolean hasRootEntry(byte[] zip, String name) {
		int end = findEndRecord(zip);
		if (end < 0) {
			return false;
		}
		int entries = u16(zip, end + 10);
		long offset = u32(zip, end + 16);
		for (int i = 0; i < entries; i++) {
			if (offset + ENTRY_HEADER_SIZE > zip.length) {
				return false;
			}
			int position = (int) offset;
			if (u32(zip, position) != ENTRY_SIGNATURE) {
				return false;
			}
			int nameLength = u16(zip, position + 28);
			int extraLength = u16(zip, position + 30);
			int commentLength = u16(zip, position + 32);
			int nameStart = position + ENTRY_HEADER_SIZE;
			if ((long) nameStart + nameLength > zip.length) {
				return false;
			}
			String entry = new String(zip, nameStart, nameLength, StandardCharsets.UTF_8);
			if (entry.equals(name) || entry.equals("/" + name)) {
				return true;
			}
			offset = (long) nameStart + nameLength + extraLength + commentLength;
		}
		return false;
	}

	private static int findEndRecord(byte[] zip) {
		int last = zip.length - END_RECORD_SIZE;
		int first = Math.max(0, last - MAX_COMMENT);
		for (int position = last; position >= first; position--) {
			if (u32(zip, position) == END_SIGNATURE) {
				return position;
			}
		}
		return -1;
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] bytes, int at) {
		return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
	}

}
