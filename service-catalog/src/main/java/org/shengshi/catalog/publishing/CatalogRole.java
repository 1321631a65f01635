package org.shengshi.catalog.publishing;

/** Roles that act in the publishing workflow, with their realm role names. */
public enum CatalogRole {

	DEPT_PUBLISHER("dept_publisher"), CATALOG_REVIEWER("catalog_reviewer"), SYSTEM("system");

	private final String roleName;

	CatalogRole(String roleName) {
		this.roleName = roleName;
	}

	/** The Keycloak realm role name, as in the token's {@code realm_access.roles}. */
	public String roleName() {
		return this.roleName;
	}

}
