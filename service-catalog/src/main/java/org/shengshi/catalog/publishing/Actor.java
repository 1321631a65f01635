package org.shengshi.catalog.publishing;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs an action: the token subject, their department code and realm roles (from
 * {@code CurrentUser} in the service layer).
 */
public record Actor(String subject, String departmentCode, Set<String> roles) {

	private static final Actor SYSTEM = new Actor("system:service-catalog", null,
			Set.of(CatalogRole.SYSTEM.roleName()));

	public Actor {
		Objects.requireNonNull(subject, "subject");
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

	/** The catalog itself, for automatic transitions. */
	public static Actor system() {
		return SYSTEM;
	}

	public static Actor staff(String subject, String departmentCode, CatalogRole... roles) {
		return new Actor(subject, departmentCode,
				java.util.Arrays.stream(roles).map(CatalogRole::roleName).collect(java.util.stream.Collectors.toSet()));
	}

	public boolean has(CatalogRole role) {
		return this.roles.contains(role.roleName());
	}

	public boolean belongsTo(String departmentCode) {
		return this.departmentCode != null && this.departmentCode.equals(departmentCode);
	}

}
