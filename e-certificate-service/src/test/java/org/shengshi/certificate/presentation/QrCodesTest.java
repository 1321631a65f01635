package org.shengshi.certificate.presentation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QrCodesTest {

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	@Test
	void producesAPngThatDecodesBackToTheToken() throws Exception {
		String token = new PresentationTokenGenerator().next().value();
		byte[] png = QrCodes.png(token, 256);
		assertThat(png).startsWith(PNG_MAGIC);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(256);
		assertThat(image.getHeight()).isEqualTo(256);
		assertThat(decode(image)).isEqualTo(token);
	}

	@ParameterizedTest
	@ValueSource(ints = { QrCodes.MIN_SIZE, 200, QrCodes.MAX_SIZE })
	void decodesAtEverySupportedSize(int size) throws Exception {
		String content = "https://127.0.0.1/v/省事-" + size;
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(content, size))))).isEqualTo(content);
	}

	@ParameterizedTest
	@ValueSource(ints = { 7, 8, 9, 57, 64 })
	void everyPixelIsBlackExactlyWhereTheMatrixIsSet(int width) throws Exception {
		// widths around a byte boundary: the image's rows are packed eight pixels a byte
		BitMatrix matrix = new BitMatrix(width, 5);
		Random random = new Random(width);
		for (int y = 0; y < 5; y++) {
			for (int x = 0; x < width; x++) {
				if (random.nextBoolean()) {
					matrix.set(x, y);
				}
			}
		}
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.toPng(matrix)));
		assertThat(image.getWidth()).isEqualTo(width);
		for (int y = 0; y < 5; y++) {
			for (int x = 0; x < width; x++) {
				assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y)
					.isEqualTo(matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
	}

	@Test
	void refusesEmptyOrOversizedContentAndImpossibleSizes() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("", 256));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png(null, 256));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> QrCodes.png("x".repeat(QrCodes.MAX_CONTENT_LENGTH + 1), 256));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("token", QrCodes.MIN_SIZE - 1));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("token", QrCodes.MAX_SIZE + 1));
	}

	private static String decode(BufferedImage image) throws Exception {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

}
