package org.shengshi.certificate.signature;

import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 cryptographic hash (GB/T 32905-2016), 256-bit output. Used for content digests; the
 * SM2 signature computes its own SM3 over Z and the message.
 */
public final class Sm3 {

	private Sm3() {
	}

	/**
	 * SM3 digest of {@code data}.
	 * @param data the message
	 * @return 32 bytes
	 */
	public static byte[] digest(byte[] data) {
		SM3Digest digest = new SM3Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	/** SM3 digest as lower-case hex. */
	public static String hex(byte[] data) {
		return HexFormat.of().formatHex(digest(data));
	}

}
