package org.shengshi.identity.staff;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A staff account to create in the caller's department.
 *
 * @param username login name
 * @param roles roles to grant, among {@link StaffRoles#GRANTABLE}
 */
record NewStaff(@NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}") String username,
		@NotEmpty @Size(max = 4) Set<@NotNull String> roles) {

}
