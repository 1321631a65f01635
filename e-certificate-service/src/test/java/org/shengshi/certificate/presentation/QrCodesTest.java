package org.shengshi.certificate.presentation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
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
