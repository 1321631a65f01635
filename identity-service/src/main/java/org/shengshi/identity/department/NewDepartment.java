package org.shengshi.identity.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A department to create.
 *
 * @param code 6-digit region code, a dash and a 2-8 letter sector, such as
 * {@code 440106-MZ}
 * @param name official name
 * @param uscc unified social credit code
 * @param parentCode enclosing department (required below province level)
 */
record NewDepartment(@NotBlank @Pattern(regexp = "\\d{6}-[A-Z]{2,8}") String code,
		@NotBlank @Size(max = 100) String name, @NotBlank @Pattern(regexp = "[0-9A-Z]{18}") String uscc,
		@Pattern(regexp = "\\d{6}-[A-Z]{2,8}") String parentCode) {

	String regionCode() {
		return this.code.substring(0, 6);
	}

}
