package org.shengshi.platform.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ApplicationRequest(@NotBlank @Size(max = 20) String name,
		@NotBlank @Pattern(regexp = "1[3-9]\\d{9}") String phone, String note) {

}
