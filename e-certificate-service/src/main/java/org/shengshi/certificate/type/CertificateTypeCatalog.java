package org.shengshi.certificate.type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The certificate types known to the service, by type code and by slug. Immutable.
 */
public final class CertificateTypeCatalog {

	private final List<CertificateType> types;

	CertificateTypeCatalog(Collection<CertificateType> types) {
		List<CertificateType> sorted = new ArrayList<>(types);
		sorted.sort(Comparator.comparing(CertificateType::code));
		this.types = List.copyOf(sorted);
	}

	/** All types, ordered by type code. */
	public List<CertificateType> all() {
		return this.types;
	}

	/** The type with this type code. */
	public Optional<CertificateType> find(String code) {
		return this.types.stream().filter((type) -> type.code().equals(code)).findFirst();
	}

	/** The type with this slug. */
	public Optional<CertificateType> bySlug(String slug) {
		return this.types.stream().filter((type) -> type.slug().equals(slug)).findFirst();
	}

}
