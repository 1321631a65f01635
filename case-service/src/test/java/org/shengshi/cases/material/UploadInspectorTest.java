package org.shengshi.cases.material;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UploadInspectorTest {

	/** {@code sha256sum} of {@link ContentTypeSnifferTest#PDF}, computed outside Java. */
	private static final String PDF_SHA256 = "5f402992d916d5e8f644a7881f81e4b0bfa9d78311b352bb96b8d9224a599990";

	@Test
	void acceptsAPdfAndHashesIt() {
		InspectedUpload upload = UploadInspector.inspect(new ByteArrayInputStream(ContentTypeSnifferTest.PDF),
				UploadPolicy.DEFAULT);
		assertThat(upload.contentType()).isEqualTo(ContentType.PDF);
		assertThat(upload.size()).isEqualTo(ContentTypeSnifferTest.PDF.length);
		assertThat(upload.sha256()).isEqualTo(PDF_SHA256);
		assertThat(upload.content()).isEqualTo(ContentTypeSnifferTest.PDF);
		assertThat(upload.asMaterial("PHOTO")).isEqualTo(
				new ProvidedMaterial.Upload("PHOTO", ContentType.PDF, PDF_SHA256, ContentTypeSnifferTest.PDF.length));
	}

	@Test
	void acceptsOfdAndImagesByDefault() throws IOException {
		assertThat(inspect(ContentTypeSnifferTest.zip(null, "OFD.xml", "Doc_0/Document.xml"), UploadPolicy.DEFAULT)
			.contentType()).isEqualTo(ContentType.OFD);
		assertThat(inspect(ContentTypeSnifferTest.image("png"), UploadPolicy.DEFAULT).contentType())
			.isEqualTo(ContentType.PNG);
		assertThat(inspect(ContentTypeSnifferTest.image("jpg"), UploadPolicy.DEFAULT).contentType())
			.isEqualTo(ContentType.JPEG);
	}

	@Test
	void sizeLimitIsInclusive() {
		byte[] pdf = ContentTypeSnifferTest.PDF;
		UploadPolicy exact = new UploadPolicy(pdf.length, Set.of(ContentType.PDF));
		assertThat(inspect(pdf, exact).size()).isEqualTo(pdf.length);
		UploadPolicy oneLess = new UploadPolicy(pdf.length - 1, Set.of(ContentType.PDF));
		assertRefused(() -> inspect(pdf, oneLess), CaseErrorCode.MATERIAL_TOO_LARGE);
	}

	@Test
	void stopsReadingAnEndlessStreamJustPastTheLimit() {
		CountingEndlessPdf endless = new CountingEndlessPdf();
		UploadPolicy policy = new UploadPolicy(1_000_000, Set.of(ContentType.PDF));
		assertRefused(() -> UploadInspector.inspect(endless, policy), CaseErrorCode.MATERIAL_TOO_LARGE);
		assertThat(endless.served).isEqualTo(1_000_001);
	}

	@Test
	void refusesEmptyAndUnacceptedContent() throws IOException {
		assertRefused(() -> inspect(new byte[0], UploadPolicy.DEFAULT), CaseErrorCode.MATERIAL_EMPTY);
		byte[] zip = ContentTypeSnifferTest.zip(null, "invoice.pdf");
		assertRefused(() -> inspect(zip, UploadPolicy.DEFAULT), CaseErrorCode.MATERIAL_TYPE_NOT_ALLOWED);
		byte[] png = ContentTypeSnifferTest.image("png");
		assertRefused(() -> inspect(png, new UploadPolicy(1024 * 1024, Set.of(ContentType.PDF))),
				CaseErrorCode.MATERIAL_TYPE_NOT_ALLOWED);
		assertRefused(() -> inspect("plain text".getBytes(), UploadPolicy.DEFAULT),
				CaseErrorCode.MATERIAL_TYPE_NOT_ALLOWED);
	}

	@Test
	void policyCannotAllowUnknownContent() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UploadPolicy(10, Set.of(ContentType.UNKNOWN)));
		assertThatIllegalArgumentException().isThrownBy(() -> new UploadPolicy(0, Set.of(ContentType.PDF)));
	}

	private static InspectedUpload inspect(byte[] content, UploadPolicy policy) {
		return UploadInspector.inspect(new ByteArrayInputStream(content), policy);
	}

	private static void assertRefused(Runnable call, CaseErrorCode code) {
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	/** A PDF header followed by padding that never ends; counts the bytes handed out. */
	static final class CountingEndlessPdf extends InputStream {

		long served;

		@Override
		public int read() {
			byte[] one = new byte[1];
			read(one, 0, 1);
			return one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			Arrays.fill(buffer, offset, offset + length, (byte) ' ');
			for (int i = 0; i < length && this.served + i < 5; i++) {
				buffer[offset + i] = (byte) "%PDF-".charAt((int) (this.served + i));
			}
			this.served += length;
			return length;
		}

	}

}
