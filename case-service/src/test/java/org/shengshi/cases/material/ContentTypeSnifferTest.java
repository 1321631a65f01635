package org.shengshi.cases.material;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypeSnifferTest {

	static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Test
	void recognisesPdf() {
		assertThat(ContentTypeSniffer.sniff(PDF)).isEqualTo(ContentType.PDF);
	}

	@Test
	void recognisesRealPngAndJpegImages() throws IOException {
		assertThat(ContentTypeSniffer.sniff(image("png"))).isEqualTo(ContentType.PNG);
		assertThat(ContentTypeSniffer.sniff(image("jpg"))).isEqualTo(ContentType.JPEG);
	}

	@Test
	void recognisesOfdByItsRootEntryWhereverItIsInTheArchive() throws IOException {
		assertThat(
				ContentTypeSniffer.sniff(zip(null, "OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml")))
			.isEqualTo(ContentType.OFD);
		assertThat(ContentTypeSniffer.sniff(zip("由某某系统生成", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "OFD.xml")))
			.isEqualTo(ContentType.OFD);
	}

	@Test
	void otherZipArchivesAreZipNotOfd() throws IOException {
		assertThat(ContentTypeSniffer.sniff(zip(null, "a.txt"))).isEqualTo(ContentType.ZIP);
		assertThat(ContentTypeSniffer.sniff(zip(null, "Doc_0/OFD.xml", "OFD.xml.bak"))).isEqualTo(ContentType.ZIP);
		// an OOXML document is a ZIP too
		assertThat(ContentTypeSniffer.sniff(zip(null, "[Content_Types].xml", "word/document.xml")))
			.isEqualTo(ContentType.ZIP);
	}

	@Test
	void damagedArchivesDoNotBreakTheSniffer() throws IOException {
		byte[] ofd = zip(null, "OFD.xml");
		// truncated before the central directory
		assertThat(ContentTypeSniffer.sniff(Arrays.copyOf(ofd, 40))).isEqualTo(ContentType.ZIP);
		// central directory offset pointing past the end
		byte[] corrupt = ofd.clone();
		int end = corrupt.length - 22;
		corrupt[end + 16] = (byte) 0xFF;
		corrupt[end + 17] = (byte) 0xFF;
		corrupt[end + 18] = (byte) 0xFF;
		corrupt[end + 19] = (byte) 0x7F;
		assertThat(ContentTypeSniffer.sniff(corrupt)).isEqualTo(ContentType.ZIP);
		assertThat(ContentTypeSniffer.sniff(new byte[] { 'P', 'K', 3, 4 })).isEqualTo(ContentType.ZIP);
	}

	@Test
	void judgesContentNotNames() {
		// an executable or a script renamed to .pdf stays unknown
		assertThat(ContentTypeSniffer.sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEqualTo(ContentType.UNKNOWN);
		assertThat(ContentTypeSniffer.sniff("<html><script>".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(ContentType.UNKNOWN);
		assertThat(ContentTypeSniffer.sniff(" %PDF-1.7".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(ContentType.UNKNOWN);
		assertThat(ContentTypeSniffer.sniff(new byte[0])).isEqualTo(ContentType.UNKNOWN);
		assertThat(ContentTypeSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEqualTo(ContentType.UNKNOWN);
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xCC0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	static byte[] zip(String comment, String... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(("<content of " + entry + "/>").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			if (comment != null) {
				zip.setComment(comment);
			}
		}
		return out.toByteArray();
	}

}
