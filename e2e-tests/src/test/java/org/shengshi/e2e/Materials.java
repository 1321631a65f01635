package org.shengshi.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Files a resident uploads in journeys: a real PNG photo and a small real PDF.
 */
final class Materials {

	private Materials() {
	}

	static byte[] photo() {
		BufferedImage image = new BufferedImage(48, 64, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 64; y++) {
			for (int x = 0; x < 48; x++) {
				image.setRGB(x, y, (y < 20) ? 0xF0F0F0 : 0x2050A0);
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

	static byte[] pdf(String text) {
		String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
		String pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
				+ "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R>> endobj\n"
				+ "4 0 obj <</Length " + stream.length() + ">> stream\n" + stream + "\nendstream endobj\n"
				+ "trailer <</Root 1 0 R>>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.US_ASCII);
	}

}
