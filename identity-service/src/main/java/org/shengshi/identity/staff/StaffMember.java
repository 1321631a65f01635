package org.shengshi.identity.staff;

import java.util.List;

/**
 * A staff account as shown to its department's administrators.
 *
 * @param id opaque id
 * @param username login name in Keycloak
 * @param department department code, such as {@code 440100-GA}
 * @param roles realm roles granted inside the department
 */
public record StaffMember(String id, String username, String department, List<String> roles) {

}
