package org.shengshi.catalog.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-certificate types the catalog may reference (materials satisfiable by a
 * certificate, form prefill sources). Immutable; thread-safe.
 */
public final class CertificateTypeDirectory {

	/** Classpath location of the bundled type list. */
	public static final String DEFAULT_RESOURCE = "reference/certificate-types.json";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final Map<String, CertificateType> types;

	public CertificateTypeDirectory(Collection<CertificateType> types) {
		Map<String, CertificateType> byCode = new LinkedHashMap<>();
		for (CertificateType type : types) {
			if (!isValidCode(type.code())) {
				throw new IllegalArgumentException("bad certificate type code: " + type.code());
			}
			if (byCode.putIfAbsent(type.code(), type) != null) {
				throw new IllegalArgumentException("duplicate certificate type code: " + type.code());
			}
		}
		this.types = Map.copyOf(byCode);
	}

	/** The directory bundled with the service ({@value #DEFAULT_RESOURCE}). */
	public static CertificateTypeDirectory bundled() {
		return fromClasspath(DEFAULT_RESOURCE);
	}

	public static CertificateTypeDirectory fromClasspath(String resource) {
		ClassLoader loader = CertificateTypeDirectory.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource " + resource);
			}
			List<CertificateType> list = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
			});
			return new CertificateTypeDirectory(list);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static boolean isValidCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	public Optional<CertificateType> find(String code) {
		return Optional.ofNullable(code).map(this.types::get);
	}

	/**
	 * The code other services use for the catalog's type {@code code}
	 * ({@link CertificateType#exchangeCode()}); {@code null} stays {@code null}, an
	 * unknown code is returned as it is.
	 */
	public String exchangeCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return find(code).map(CertificateType::exchangeCode).orElse(code);
	}

	public boolean contains(String code) {
		return code != null && this.types.containsKey(code);
	}

	public Collection<CertificateType> all() {
		return this.types.values();
	}

}
