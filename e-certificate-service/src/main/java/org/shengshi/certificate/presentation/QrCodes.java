package org.shengshi.certificate.presentation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders text as a QR code PNG (black on white, error correction M, 2-module quiet
 * zone).
 */
public final class QrCodes {

	/** Smallest image side in pixels. */
	public static final int MIN_SIZE = 64;

	/** Largest image side in pixels. */
	public static final int MAX_SIZE = 1024;

	/** Longest content accepted; tokens are far shorter. */
	public static final int MAX_CONTENT_LENGTH = 512;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private QrCodes() {
	}

	/**
	 * A PNG image of a QR code for {@code content}.
	 * @param content the text to encode (UTF-8)
	 * @param size image width and height in pixels, {@value #MIN_SIZE} to
	 * {@value #MAX_SIZE}
	 * @return PNG bytes
	 */
	public static byte[] png(String content, int size) {
		if (content == null || content.isEmpty() || content.length() > MAX_CONTENT_LENGTH) {
			throw new IllegalArgumentException("QR content is 1 to " + MAX_CONTENT_LENGTH + " characters");
		}
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException("QR size is " + MIN_SIZE + " to " + MAX_SIZE + " pixels");
		}
		return toPng(encode(content, size));
	}

	private static BitMatrix encode(String content, int size) {
		Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
				EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8");
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("content does not fit a QR code", ex);
		}
	}

	/**
	 * The matrix as a 1-bit greyscale PNG, written here: each row is packed eight pixels
	 * a byte, most significant bit first, bit 1 white and bit 0 black (greyscale of bit
	 * depth 1), preceded by filter type 0, and the rows are deflated into one
	 * {@code IDAT} chunk. Through ImageIO's PNG writer (after session 12's change) a
	 * 256-pixel code still cost about a tenth of e-certificate-service's CPU in the mixed
	 * workload (docs/performance.md, session 13).
	 */
	static byte[] toPng(BitMatrix matrix) {
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		int rowBytes = (width + 7) / 8;
		byte[] rows = new byte[(rowBytes + 1) * height];
		for (int y = 0; y < height; y++) {
			int start = y * (rowBytes + 1) + 1;
			for (int x = 0; x < width; x++) {
				if (!matrix.get(x, y)) {
					rows[start + x / 8] |= (byte) (0x80 >>> (x % 8));
				}
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream(rows.length / 4 + 128);
		png.writeBytes(PNG_SIGNATURE);
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(png, "IHDR", header.array(), header.array().length);
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		try {
			deflater.setInput(rows);
			deflater.finish();
			byte[] compressed = new byte[rows.length + 64];
			int length = 0;
			while (!deflater.finished()) {
				if (length == compressed.length) {
					compressed = Arrays.copyOf(compressed, compressed.length * 2);
				}
				length += deflater.deflate(compressed, length, compressed.length - length);
			}
			chunk(png, "IDAT", compressed, length);
		}
		finally {
			deflater.end();
		}
		chunk(png, "IEND", new byte[0], 0);
		return png.toByteArray();
	}

	/** A chunk: length, type, data, and the CRC-32 of type and data. */
	private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int length) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data, 0, length);
		png.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
		png.writeBytes(typeBytes);
		png.write(data, 0, length);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
