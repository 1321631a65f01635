package org.shengshi.cases;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Material uploads: type from the content, only the guide's materials, stored by SHA-256.
 */
class UploadIT extends CaseServiceSupport {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void pdfNamedAsPngIsStoredAsPdfWithItsHash() throws Exception {
		String resident = newSubject();
		String id = submitted(resident, FREE_ITEM).path("id").asString();

		HttpResponse<String> response = upload(id, "LEASE", resident(resident), "lease.png", PDF);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
		assertThat(json(response).path("contentType").asString()).isEqualTo("PDF");
		assertThat(json(response).path("sha256").asString()).isEqualTo(sha256);
		assertThat(Files.readAllBytes(FILES_ROOT.resolve(sha256.substring(0, 2)).resolve(sha256))).isEqualTo(PDF);
		assertThat(json(get("/api/v1/cases/" + id + "/materials", officer("o-u", DEPT))).findValuesAsString("sha256"))
			.containsExactly(sha256);
	}

	@Test
	void executableNamedAsPdfEmptyFilesAndUnlistedMaterialsAreRefused() {
		String resident = newSubject();
		String id = submitted(resident, FREE_ITEM).path("id").asString();

		assertProblem(upload(id, "LEASE", resident(resident), "lease.pdf", "MZ\u0090\u0000binary".getBytes()), 415,
				"MATERIAL_TYPE_NOT_ALLOWED");
		assertProblem(upload(id, "LEASE", resident(resident), "lease.pdf", new byte[0]), 400, "MATERIAL_EMPTY");
		assertProblem(upload(id, "BANK_STATEMENT", resident(resident), "b.pdf", PDF), 422, "MATERIAL_NOT_IN_GUIDE");
		assertProblem(upload(id, "LEASE", resident(newSubject()), "lease.pdf", PDF), 404, "CASE_NOT_FOUND");
		assertProblem(upload(id, "LEASE", officer("o-x", OTHER_DEPT), "lease.pdf", PDF), 404, "CASE_NOT_FOUND");
	}

	private HttpResponse<String> upload(String caseId, String code, String bearer, String fileName, byte[] content) {
		String boundary = "----case" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/cases/" + caseId + "/materials/" + code))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", bearer)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
