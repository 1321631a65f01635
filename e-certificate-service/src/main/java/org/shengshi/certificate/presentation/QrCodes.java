package org.shengshi.certificate.presentation;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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
	 * The matrix as a 1-bit PNG. The pixels are written straight into the image's packed
	 * rows (in the default two-colour palette of {@code TYPE_BYTE_BINARY} bit 0 is black
	 * and bit 1 white, eight pixels a byte, most significant bit first), and the PNG is
	 * encoded in memory: {@code setRGB} per pixel and ImageIO's default temporary-file
	 * cache made each 256-pixel code cost about 10 ms of CPU, a quarter of the mixed
	 * workload's (docs/performance.md, session 12).
	 */
	static byte[] toPng(BitMatrix matrix) {
		int width = matrix.getWidth();
		BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		byte[] packed = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int rowBytes = (width + 7) / 8;
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < width; x++) {
				if (!matrix.get(x, y)) {
					packed[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
				}
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
