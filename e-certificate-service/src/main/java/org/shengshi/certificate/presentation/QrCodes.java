package org.shengshi.certificate.presentation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

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

	private static final int BLACK = 0xFF000000;

	private static final int WHITE = 0xFFFFFFFF;

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

	private static byte[] toPng(BitMatrix matrix) {
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
