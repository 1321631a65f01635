package org.shengshi.catalog.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shengshi.catalog.bundle.Bundle;
import org.shengshi.catalog.bundle.BundleComposer;
import org.shengshi.catalog.form.FormSchemaValidator;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.item.ServiceItemValidator;
import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.validation.ValidationException;
import org.shengshi.catalog.validation.Violations;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads and validates the seed catalog from the classpath. Every problem in every file is
 * collected; {@link #load} fails with {@code SEED_INVALID} listing them all.
 */
public final class SeedLoader {

	/** Classpath location of the bundled seed manifest. */
	public static final String DEFAULT_MANIFEST = "seed/manifest.json";

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ServiceItemValidator itemValidator;

	private final BundleComposer bundleComposer;

	public SeedLoader(CertificateTypeDirectory certificateTypes) {
		this.itemValidator = new ServiceItemValidator(certificateTypes);
		this.bundleComposer = new BundleComposer(new FormSchemaValidator(certificateTypes));
	}

	/** Loads the bundled seed. */
	public SeedCatalog load() {
		return load(DEFAULT_MANIFEST);
	}

	/**
	 * Loads the seed described by {@code manifestResource}.
	 * @throws ValidationException ({@code SEED_INVALID}) listing every problem
	 */
	public SeedCatalog load(String manifestResource) {
		Violations violations = new Violations();
		JsonNode manifest = read(manifestResource);
		JsonNode organisation = read(manifest.path("departments").asString());
		List<Region> regions = bindList(organisation.path("regions"), Region.class, "regions", violations);
		List<Department> departments = bindList(organisation.path("departments"), Department.class, "departments",
				violations);
		JsonNode library = read(manifest.path("library").asString());
		SeedResolver resolver = new SeedResolver(this.mapper, properties(library.path("materials")),
				properties(library.path("fields")));
		List<SeedItem> items = new ArrayList<>();
		for (JsonNode file : manifest.path("items")) {
			items.addAll(loadItems(file.asString(), resolver, departments, regions, violations));
		}
		checkUniqueKeys(items, violations);
		SeedCatalog partial = new SeedCatalog(regions, departments, items, List.of());
		List<SeedBundle> bundles = loadBundles(manifest.path("bundles").asString(), partial, violations);
		if (!violations.isEmpty()) {
			throw new ValidationException("SEED_INVALID", violations.toList());
		}
		return new SeedCatalog(regions, departments, items, bundles);
	}

	private List<SeedItem> loadItems(String resource, SeedResolver resolver, List<Department> departments,
			List<Region> regions, Violations violations) {
		List<SeedItem> items = new ArrayList<>();
		JsonNode entries = read(resource);
		for (int i = 0; i < entries.size(); i++) {
			ObjectNode raw = (ObjectNode) entries.get(i);
			String path = resource + "[" + i + "](" + raw.path("name").asString("?") + ")";
			String departmentCode = raw.path("department").asString(null);
			Optional<Department> department = departments.stream()
				.filter((candidate) -> candidate.code().equals(departmentCode))
				.findFirst();
			violations.check(department.isPresent(), path + ".department", "SEED_DEPARTMENT_UNKNOWN", "部门不在部门清单中");
			ObjectNode resolved = resolver.resolveItem(raw, department.orElse(null), path, violations);
			ServiceItem item = bind(resolved, ServiceItem.class, path, violations);
			if (item == null) {
				continue;
			}
			violations.addAll(path, this.itemValidator.validate(item));
			violations.check(regions.stream().anyMatch((region) -> region.code().equals(item.regionCode())),
					path + ".regionCode", "SEED_REGION_UNKNOWN", "区划不在区划清单中");
			items.add(new SeedItem(item, resolver.popularity(raw)));
		}
		return items;
	}

	private List<SeedBundle> loadBundles(String resource, SeedCatalog catalog, Violations violations) {
		List<SeedBundle> bundles = new ArrayList<>();
		JsonNode entries = read(resource);
		for (int i = 0; i < entries.size(); i++) {
			String path = resource + "[" + i + "](" + entries.get(i).path("name").asString("?") + ")";
			Bundle bundle = bind(entries.get(i), Bundle.class, path, violations);
			if (bundle == null) {
				continue;
			}
			BundleComposer.Result result = this.bundleComposer.compose(bundle, catalog.itemLookup());
			violations.addAll(path, result.errors());
			result.form().ifPresent((form) -> bundles.add(new SeedBundle(bundle, form)));
		}
		return bundles;
	}

	private static void checkUniqueKeys(List<SeedItem> items, Violations violations) {
		Set<String> keys = new HashSet<>();
		for (SeedItem item : items) {
			violations.check(keys.add(item.key()), item.key(), "SEED_ITEM_DUPLICATE", "同一部门的事项编码重复");
		}
	}

	private <T> List<T> bindList(JsonNode array, Class<T> type, String path, Violations violations) {
		List<T> values = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			T value = bind(array.get(i), type, path + "[" + i + "]", violations);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private <T> T bind(JsonNode node, Class<T> type, String path, Violations violations) {
		try {
			return this.mapper.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			violations.add(path, "SEED_MALFORMED", ex.getOriginalMessage());
			return null;
		}
	}

	private static Map<String, JsonNode> properties(JsonNode object) {
		Map<String, JsonNode> map = new LinkedHashMap<>();
		object.properties().forEach((entry) -> map.put(entry.getKey(), entry.getValue()));
		return map;
	}

	private JsonNode read(String resource) {
		try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing seed resource " + resource);
			}
			return this.mapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
