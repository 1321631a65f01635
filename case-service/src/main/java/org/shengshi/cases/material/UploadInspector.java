package org.shengshi.cases.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * Reads an upload once, never more than the limit plus one byte, hashing as it goes, and
 * refuses empty, too large or unaccepted content.
 */
public final class UploadInspector {

	private static final int CHUNK = 64 * 1024;

	private UploadInspector() {
	}

	public static InspectedUpload inspect(InputStream in, UploadPolicy policy) {
		MessageDigest sha256 = sha256();
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		byte[] buffer = new byte[CHUNK];
		long size = 0;
		try {
			int read;
			while ((read = in.read(buffer, 0, (int) Math.min(CHUNK, policy.maxBytes() + 1 - size))) > 0) {
				size += read;
				if (size > policy.maxBytes()) {
					throw new CaseRuleException(CaseErrorCode.MATERIAL_TOO_LARGE,
							"files may be at most " + policy.maxBytes() + " bytes");
				}
				sha256.update(buffer, 0, read);
				content.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading the upload failed", ex);
		}
		if (size == 0) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_EMPTY, "the file is empty");
		}
		byte[] bytes = content.toByteArray();
		ContentType type = ContentTypeSniffer.sniff(bytes);
		if (!policy.allowed().contains(type)) {
			throw new CaseRuleException(CaseErrorCode.MATERIAL_TYPE_NOT_ALLOWED,
					"the content is " + type + "; accepted: " + policy.allowed());
		}
		return new InspectedUpload(type, size, HexFormat.of().formatHex(sha256.digest()), bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JDK lacks SHA-256", ex);
		}
	}

}
