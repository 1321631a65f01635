package org.shengshi.platform.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.MediaType;
import org.springframework.web.util.WebUtils;

/**
 * Key validation, the Redis key of a request (subject, method, path and idempotency key,
 * hashed) and the SHA-256 of its body. Form and multipart bodies, which the container
 * parses itself, are hashed from their parameters and parts.
 */
final class RequestFingerprint {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private static final Comparator<Part> PART_ORDER = Comparator.comparing(Part::getName)
		.thenComparing((part) -> String.valueOf(part.getSubmittedFileName()));

	private RequestFingerprint() {
	}

	static boolean isValidKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	static String redisKey(String prefix, String service, String subject, HttpServletRequest request, String key) {
		MessageDigest digest = sha256();
		for (String part : List.of(subject, request.getMethod(), request.getRequestURI(), key)) {
			update(digest, part);
		}
		return prefix + ":" + service + ":" + HexFormat.of().formatHex(digest.digest());
	}

	static boolean parsedByContainer(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || "multipart".equals(type.getType());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static String bodyHash(HttpServletRequest request) throws IOException, ServletException {
		BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
		MessageDigest digest = sha256();
		if (buffered != null) {
			digest.update(buffered.body());
		}
		else if (!parsedByContainer(request.getContentType())) {
			throw new IllegalStateException("the idempotency filter did not buffer this request");
		}
		else {
			hashParameters(digest, request.getParameterMap());
			if (request.getContentType().startsWith("multipart/")) {
				hashParts(digest, request);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void hashParameters(MessageDigest digest, Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
			update(digest, parameter.getKey());
			for (String value : parameter.getValue()) {
				update(digest, value);
			}
		}
	}

	private static void hashParts(MessageDigest digest, HttpServletRequest request)
			throws IOException, ServletException {
		List<Part> parts = request.getParts().stream().sorted(PART_ORDER).toList();
		for (Part part : parts) {
			update(digest, part.getName());
			update(digest, String.valueOf(part.getSubmittedFileName()));
			try (InputStream content = part.getInputStream()) {
				byte[] chunk = new byte[8192];
				for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
					digest.update(chunk, 0, read);
				}
			}
			digest.update((byte) 0);
		}
	}

	private static void update(MessageDigest digest, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
