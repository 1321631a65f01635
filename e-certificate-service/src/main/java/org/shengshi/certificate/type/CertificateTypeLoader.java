package org.shengshi.certificate.type;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads certificate types from JSON files (one type per file), validates every file and
 * the set as a whole (unique codes and slugs), and reports all problems at once.
 */
public final class CertificateTypeLoader {

	/** Where the seeded types live. */
	public static final String DEFAULT_LOCATION = "classpath*:certificate-types/*.json";

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/** The seeded types from {@value #DEFAULT_LOCATION}. */
	public CertificateTypeCatalog loadDefault() {
		return load(DEFAULT_LOCATION);
	}

	/**
	 * Types from every resource matching a Spring resource pattern.
	 * @throws InvalidCertificateTypeException listing every problem
	 */
	public CertificateTypeCatalog load(String locationPattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
			return load(List.of(resources));
		}
		catch (IOException ex) {
			throw new InvalidCertificateTypeException(List.of(locationPattern + ": cannot be read"));
		}
	}

	/**
	 * Types from the given resources.
	 * @throws InvalidCertificateTypeException listing every problem
	 */
	public CertificateTypeCatalog load(List<Resource> resources) {
		List<String> problems = new ArrayList<>();
		List<CertificateType> types = new ArrayList<>();
		Map<String, String> codes = new HashMap<>();
		Map<String, String> slugs = new HashMap<>();
		if (resources.isEmpty()) {
			problems.add("no certificate type files found");
		}
		for (Resource resource : resources) {
			String source = (resource.getFilename() != null) ? resource.getFilename() : resource.getDescription();
			TypeDocument document = read(resource, source, problems);
			if (document == null) {
				continue;
			}
			List<String> found = CertificateTypeValidator.problems(source, document);
			problems.addAll(found);
			if (found.isEmpty()) {
				unique(codes, document.code(), source, "type code", problems);
				unique(slugs, document.slug(), source, "slug", problems);
				types.add(toType(document));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCertificateTypeException(problems);
		}
		return new CertificateTypeCatalog(types);
	}

	private TypeDocument read(Resource resource, String source, List<String> problems) {
		try (InputStream in = resource.getInputStream()) {
			TypeDocument document = this.mapper.readValue(in, TypeDocument.class);
			if (document == null) {
				problems.add(source + ": empty document");
			}
			return document;
		}
		catch (JacksonException ex) {
			problems.add(source + ": not a certificate type document (" + ex.getOriginalMessage() + ")");
		}
		catch (IOException ex) {
			problems.add(source + ": cannot be read");
		}
		return null;
	}

	private static void unique(Map<String, String> seen, String key, String source, String what,
			List<String> problems) {
		String previous = seen.putIfAbsent(key, source);
		if (previous != null) {
			problems.add(source + ": " + what + " " + key + " is already used by " + previous);
		}
	}

	private static CertificateType toType(TypeDocument document) {
		List<FieldDefinition> fields = document.fields()
			.stream()
			.map((f) -> new FieldDefinition(f.name(), f.label(), f.kind(), f.required(), f.personal()))
			.toList();
		List<String> order = fields.stream().map(FieldDefinition::name).toList();
		List<VerifierPurpose> purposes = document.purposes()
			.stream()
			.map((p) -> new VerifierPurpose(p.code(), p.label(), order.stream().filter(p.fields()::contains).toList()))
			.toList();
		TypeDocument.Issuer issuer = document.issuer();
		return new CertificateType(document.code(), document.slug(), document.name(), document.nameEn(),
				document.holderKind(), document.definingAuthority(),
				new IssuingDepartment(issuer.department(), issuer.creditCode(), issuer.name()),
				document.validityYears(), Boolean.TRUE.equals(document.onePerHolder()), fields, purposes);
	}

}
