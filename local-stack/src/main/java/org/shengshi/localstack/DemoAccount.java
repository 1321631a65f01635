package org.shengshi.localstack;

import java.util.List;

/**
 * The demo users of the {@code shengshi} realm (local development and automated tests
 * only; the password equals the user name).
 *
 * @param username user name, also the password
 * @param role the realm role
 * @param department department code, or {@code null} for residents and the platform admin
 * @param loa level of assurance claim
 */
public record DemoAccount(String username, String role, String department, int loa) {

	public static final DemoAccount RESIDENT1 = new DemoAccount("resident1", "resident", null, 2);

	public static final DemoAccount RESIDENT2 = new DemoAccount("resident2", "resident", null, 2);

	public static final DemoAccount PUBLISHER1 = new DemoAccount("publisher1", "dept_publisher", "440100-GA", 2);

	public static final DemoAccount REVIEWER1 = new DemoAccount("reviewer1", "catalog_reviewer", "440100-GA", 2);

	public static final DemoAccount OFFICER1 = new DemoAccount("officer1", "case_officer", "440100-GA", 2);

	public static final DemoAccount OFFICER2 = new DemoAccount("officer2", "case_officer", "440100-MZ", 2);

	public static final DemoAccount DEPTADMIN1 = new DemoAccount("deptadmin1", "dept_admin", "440100-GA", 2);

	public static final DemoAccount ADMIN1 = new DemoAccount("admin1", "platform_admin", null, 2);

	public static List<DemoAccount> all() {
		return List.of(RESIDENT1, RESIDENT2, PUBLISHER1, REVIEWER1, OFFICER1, OFFICER2, DEPTADMIN1, ADMIN1);
	}

	public String password() {
		return this.username;
	}

}
